package io.careops.platform.validation;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import java.lang.annotation.ElementType;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;

/**
 * Bean Validation here checks request records only: no entity carries a constraint (the database's
 * own constraints and the entities' methods guard what is stored). So every property is reachable
 * and cascadable, and Hibernate Validator need neither ask Hibernate ORM, for each element of a
 * request's list, whether a property is loaded, nor remember the answers.
 *
 * Without this, Quarkus gives the validator factory a JPA-aware resolver (Hibernate ORM is present),
 * which Hibernate Validator wraps in a cache built anew for every validation. On a batch request the
 * two were about a third of the request's own CPU (JFR of {@code POST /staff-status} for 2,688
 * people: the validation's samples were mostly {@code CachingTraversableResolverForSingleValidation}'s
 * map and {@code PersistenceUtilHelper.getLoadState}).
 *
 * If an entity ever carries Bean Validation constraints on lazy associations, this must go:
 * validating the entity would then load them.
 */
@ApplicationScoped
public class TraverseEverything implements ValidatorFactoryCustomizer {

    /** Everything is reachable and cascadable. */
    public static final class Everything implements TraversableResolver {

        @Override
        public boolean isReachable(Object object, Path.Node property, Class<?> rootType, Path path, ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object object, Path.Node property, Class<?> rootType, Path path, ElementType type) {
            return true;
        }
    }

    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        configuration.traversableResolver(new Everything()).enableTraversableResolverResultCache(false);
    }
}
