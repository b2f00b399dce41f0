package io.careops.platform.problem;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads typed query parameters so that a bad value is a 400 naming the parameter. JAX-RS would
 * otherwise answer 404 for an unparseable query parameter, which tells a client nothing.
 * (A malformed path id still answers 404: no such record.)
 */
@Provider
public class QueryParameterConverters implements ParamConverterProvider {

    private record Reader(Function<String, Object> parse, String expected) {
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = queryParameter(annotations);
        Reader reader = name == null ? null : readerFor(rawType);
        if (reader == null) {
            return null;
        }
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return (T) reader.parse().apply(value.strip());
                } catch (RuntimeException unreadable) {
                    throw new InvalidParameterException(name, reader.expected());
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static String queryParameter(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
        }
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Reader readerFor(Class<?> type) {
        if (type == Integer.class || type == int.class) {
            return new Reader(Integer::valueOf, "must be a whole number");
        }
        if (type == Long.class || type == long.class) {
            return new Reader(Long::valueOf, "must be a whole number");
        }
        if (type == Boolean.class || type == boolean.class) {
            return new Reader(QueryParameterConverters::strictBoolean, "must be true or false");
        }
        if (type == UUID.class) {
            return new Reader(QueryParameterConverters::strictUuid, "must be a UUID");
        }
        if (type == LocalDate.class) {
            return new Reader(value -> inRange(LocalDate.parse(value), LocalDate.parse(value).getYear()),
                    "must be a date (YYYY-MM-DD) in the years 0001 to 9999");
        }
        if (type == java.time.Instant.class) {
            return new Reader(value -> {
                java.time.OffsetDateTime at = java.time.OffsetDateTime.parse(value);
                return inRange(at.toInstant(), at.getYear());
            }, "must be an ISO-8601 instant with an offset (2026-01-16T10:45:00Z) in the years 0001 to 9999");
        }
        if (type == YearMonth.class) {
            return new Reader(value -> inRange(YearMonth.parse(value), YearMonth.parse(value).getYear()),
                    "must be a month (YYYY-MM) in the years 0001 to 9999");
        }
        if (type.isEnum()) {
            Class<? extends Enum> enumType = (Class<? extends Enum>) type;
            String allowed = Arrays.stream(enumType.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            return new Reader(value -> Enum.valueOf(enumType, value.toUpperCase(Locale.ROOT)), "must be one of " + allowed);
        }
        return null;
    }

    private static Object inRange(Object value, int year) {
        if (!io.careops.platform.json.YearRange.contains(year)) {
            throw new IllegalArgumentException("year " + year);
        }
        return value;
    }

    private static Boolean strictBoolean(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(value);
        };
    }

    private static UUID strictUuid(String value) {
        if (value.length() != 36) {
            throw new IllegalArgumentException(value);
        }
        return UUID.fromString(value);
    }
}
