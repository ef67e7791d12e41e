package uk.police.wm.rcs.platform.testapp;

import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Test resource for idempotent POSTs: counts executions per test tag, can be held open or fail once. */
@Path("/test/idempotent")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class IdempotentResource {

    /** How many times each tag's handler actually ran. */
    public static final Map<String, AtomicInteger> RUNS = new ConcurrentHashMap<>();
    /** Handlers of tag "held" wait on this gate. */
    public static volatile CountDownLatch gate = new CountDownLatch(0);

    /** Echoed body. */
    public record Note(String text) {
    }

    /** Response body. */
    public record Created(String id, String text, int run) {
    }

    @POST
    @Path("{tag}")
    public Response createNote(@PathParam("tag") String tag, Note note) throws InterruptedException {
        int run = RUNS.computeIfAbsent(tag, t -> new AtomicInteger()).incrementAndGet();
        if (tag.startsWith("held")) {
            if (!gate.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("gate never opened");
            }
        }
        if (tag.startsWith("flaky") && run == 1) {
            throw new IllegalStateException("first attempt fails");
        }
        if (tag.startsWith("reject")) {
            return Response.status(422).entity(new Created(null, "rejected", run)).build();
        }
        String id = UUID.randomUUID().toString();
        return Response.created(URI.create("/test/idempotent/" + tag + "/" + id)).tag("\"1\"")
                .entity(new Created(id, note == null ? null : note.text(), run)).build();
    }
}
