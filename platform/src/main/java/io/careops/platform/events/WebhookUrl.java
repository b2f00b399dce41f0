package io.careops.platform.events;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A webhook target: an absolute https URL without credentials or fragment. Plain http is accepted
 * only for a loopback host (127.0.0.1, localhost, ::1) and only when
 * {@code careops.webhooks.allow-loopback-http} is on (dev and test profiles; never in production).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = WebhookUrl.Validator.class)
public @interface WebhookUrl {

    String message() default "must be an absolute https URL";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    String ALLOW_LOOPBACK_HTTP = "careops.webhooks.allow-loopback-http";

    class Validator implements ConstraintValidator<WebhookUrl, String> {

        private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true; // @NotBlank says so
            }
            String problem = problem(value);
            if (problem == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
            return false;
        }

        static String problem(String value) {
            URI uri;
            try {
                uri = new URI(value);
            } catch (URISyntaxException malformed) {
                return "must be an absolute https URL";
            }
            if (!uri.isAbsolute() || uri.getHost() == null || uri.getScheme() == null) {
                return "must be an absolute https URL";
            }
            if (uri.getUserInfo() != null || uri.getFragment() != null) {
                return "must not carry credentials or a fragment";
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            if (scheme.equals("https")) {
                return null;
            }
            boolean loopback = LOOPBACK.contains(uri.getHost().toLowerCase(Locale.ROOT));
            if (scheme.equals("http") && loopback && ConfigProvider.getConfig()
                    .getOptionalValue(ALLOW_LOOPBACK_HTTP, Boolean.class).orElse(false)) {
                return null;
            }
            return "must be an https URL";
        }
    }
}
