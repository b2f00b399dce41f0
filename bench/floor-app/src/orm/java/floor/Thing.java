package floor;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;

/** One entity, so that Hibernate ORM starts a persistence unit. */
@Entity
public class Thing {

    @Id
    public UUID id;

    public String name;
}
