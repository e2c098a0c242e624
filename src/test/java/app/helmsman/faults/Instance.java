package app.helmsman.faults;

import app.helmsman.Application;
import app.helmsman.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** One application instance in this JVM on a random loopback port, on a PostgreSQL (and Redis) the test owns. */
final class Instance implements AutoCloseable {

    final ConfigurableApplicationContext context;

    private Instance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static Instance start(String jdbcUrl, String redisUrl, String... extraArgs) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0", "--server.address=127.0.0.1",
                "--helmsman.platform.database-url=" + jdbcUrl, "--helmsman.platform.database-username=postgres",
                "--helmsman.live.redis-url=" + (redisUrl == null ? "" : redisUrl)));
        args.addAll(List.of(extraArgs));
        return new Instance(new SpringApplicationBuilder(Application.class, Fixtures.class).profiles("test").run(args.toArray(String[]::new)));
    }

    String baseUrl() {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
