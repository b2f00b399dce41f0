package io.careops.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: the roles in the token's {@code groups}, the visible homes (see
 * {@link CareHomeAccess}) and the staff number the identity provider put in the token (claim
 * {@code careops.security.staff-number-claim}, default {@code staff_number}), which links the token
 * to a staff record. A caller whose only role is {@code staff} acts for themselves: a service
 * limits them to their own records ({@link #selfService()}).
 */
@RequestScoped
public class Caller {

    public static final String STAFF_NUMBER_CLAIM_PROPERTY = "careops.security.staff-number-claim";
    public static final String DEFAULT_STAFF_NUMBER_CLAIM = "staff_number";
    /** The legacy 6-digit "SAP number"; anything else in the claim links to no one. */
    private static final Pattern STAFF_NUMBER = Pattern.compile("\\d{6}");

    private final JsonWebToken token;
    private final String staffNumberClaim;
    private final CareHomeAccess homes;

    /**
     * The claim's name comes from an application-scoped holder, read once: a {@code @ConfigProperty}
     * here would be resolved through SmallRye Config's interceptors on every request (3% of a GET
     * by id's CPU in a profile).
     */
    @Inject
    public Caller(JsonWebToken token, CareHomeAccess homes, ClaimName staffNumberClaim) {
        this(token, homes, staffNumberClaim.value);
    }

    public Caller(JsonWebToken token, CareHomeAccess homes, String staffNumberClaim) {
        this.token = token;
        this.homes = homes;
        this.staffNumberClaim = staffNumberClaim;
    }

    /** The staff-number claim's name, read from the configuration once. */
    @Singleton
    public static class ClaimName {
        final String value;

        public ClaimName(@ConfigProperty(name = STAFF_NUMBER_CLAIM_PROPERTY, defaultValue = DEFAULT_STAFF_NUMBER_CLAIM)
                String value) {
            this.value = value;
        }
    }

    /** The name recorded as "by" on changes (the token's upn, preferred_username or subject). */
    public String name() {
        return token.getName();
    }

    public Set<String> roles() {
        Set<String> groups = token.getGroups();
        return groups == null ? Set.of() : new TreeSet<>(groups);
    }

    public boolean hasRole(String role) {
        return roles().contains(role);
    }

    /**
     * Only the {@code staff} role: such a caller sees and acts on their own records and, of
     * colleagues, what a rota shows. A manager, admin or inspector is never limited this way.
     */
    public boolean selfService() {
        Set<String> roles = roles();
        return roles.contains(Roles.STAFF) && !roles.contains(Roles.ADMIN) && !roles.contains(Roles.MANAGER)
                && !roles.contains(Roles.INSPECTOR);
    }

    /** The staff number the token names, when it names a well-formed one. */
    public Optional<String> staffNumber() {
        Object claim = token.getClaim(staffNumberClaim);
        if (claim == null) {
            return Optional.empty();
        }
        String value;
        if (claim instanceof jakarta.json.JsonString json) {
            value = json.getString();
        } else if (claim instanceof jakarta.json.JsonNumber number) {
            value = String.format("%06d", number.longValue());
        } else if (claim instanceof Number number) {
            value = String.format("%06d", number.longValue());
        } else {
            value = String.valueOf(claim).replace("\"", "");
        }
        value = value.strip();
        return STAFF_NUMBER.matcher(value).matches() ? Optional.of(value) : Optional.empty();
    }

    /** What {@code GET /api/v1/me} answers in every service. */
    public Identity identity() {
        Optional<Set<java.util.UUID>> restriction = homes.restriction();
        return new Identity(token.getSubject(), name(), List.copyOf(roles()), restriction.isEmpty(),
                restriction.map(ids -> ids.stream().map(java.util.UUID::toString).sorted().toList()).orElse(List.of()),
                staffNumber().orElse(null), selfService());
    }

    /**
     * The caller as the token describes them: {@code allCareHomes} true when the token names
     * {@code "*"} (then {@code careHomeIds} is empty), {@code selfService} true for a staff-only
     * caller.
     */
    public record Identity(String subject,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true) String name, List<String> roles,
            boolean allCareHomes, List<String> careHomeIds,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true) String staffNumber, boolean selfService) {
    }
}
