package app.helmsman.faults;

import app.helmsman.Application;
import app.helmsman.Fixtures;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskService;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * The main class of an application instance that a fault test runs as its own process, so the test can
 * kill it (SIGKILL) mid-work. It prints {@code READY <port>} once it serves, and on the command
 * {@code edit <email>} (a line on its standard input) starts editing as that person, printing
 * {@code ACK <task id>} for every edit the service acknowledged. It ends when its standard input closes
 * (the test JVM went away).
 */
public final class InstanceMain {

    private InstanceMain() {
    }

    public static void main(String[] args) throws IOException {
        var context = new SpringApplicationBuilder(Application.class, Fixtures.class).profiles("test").run(args);
        System.out.println("READY " + ((WebServerApplicationContext) context).getWebServer().getPort());
        var commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (var line = commands.readLine(); line != null; line = commands.readLine()) {
            if (line.startsWith("edit ")) {
                var email = line.substring(5).trim();
                var fixtures = context.getBean(Fixtures.class);
                var tasks = context.getBean(TaskService.class);
                var counter = new AtomicInteger();
                var editor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("edits").factory());
                editor.execute(() -> fixtures.signIn(email));
                editor.scheduleWithFixedDelay(() -> {
                    int n = counter.incrementAndGet();
                    try {
                        var created = tasks.create(TaskDraft.titled("edit-" + n).withTags("load", "n" + n));
                        System.out.println("ACK " + created.id());
                    } catch (RuntimeException e) {
                        System.out.println("FAILED edit-" + n + ": " + e.getMessage());
                    }
                }, 0, 50, TimeUnit.MILLISECONDS);
            }
        }
        System.exit(0);
    }
}
