package floor;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The whole application: one resource (bench/floor.sh reads it under load). */
@Path("/hello")
public class Hello {

    @GET
    public String hello() {
        return "hello";
    }
}
