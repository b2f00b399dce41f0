package floor;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** A GET by id through Hibernate ORM: what bench/floor.sh reads under load. */
@Path("/things/{id}")
public class ThingResource {

    private final EntityManager entityManager;

    public ThingResource(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Thing get(@PathParam("id") UUID id) {
        Thing thing = entityManager.find(Thing.class, id);
        if (thing == null) {
            throw new NotFoundException();
        }
        return thing;
    }
}
