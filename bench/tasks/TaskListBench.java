import app.helmsman.Application;
import app.helmsman.accounts.SignUpForm;
import app.helmsman.tasks.TaskService;
import app.helmsman.tasks.internal.TaskQueries;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Today and Inbox of one person with 10,000 tasks: service time (p50/p95 of TaskService.today and
 * TaskService.inbox, first page of 50, through the Spring proxies with security and transactions) and the
 * EXPLAIN (ANALYZE, BUFFERS) of their SQL. Starts the whole application on a throw-away embedded
 * PostgreSQL. See README.md for how to run it.
 */
public class TaskListBench {

    static final int TASKS = 10_000;

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        var context = new SpringApplicationBuilder(Application.class).profiles("test")
                .properties("server.port=0", "logging.level.root=WARN", "logging.level.app.helmsman=WARN").run();
        try {
            var jdbc = context.getBean(JdbcTemplate.class);
            var named = context.getBean(NamedParameterJdbcTemplate.class);
            var accounts = context.getBean(app.helmsman.accounts.AccountService.class);
            var email = "bench-" + UUID.randomUUID() + "@example.com";
            var owner = accounts.signUp(new SignUpForm(email, "Bench", "correct horse battery"));
            jdbc.update("update user_settings set time_zone = 'Europe/Berlin' where user_id = ?", owner);
            var today = Instant.now(context.getBean(Clock.class)).atZone(ZoneId.of("Europe/Berlin")).toLocalDate();
            seed(jdbc, owner, today);

            var contexts = context.getBean(SecurityContextHolderStrategy.class);
            var principal = context.getBean(UserDetailsService.class).loadUserByUsername(email);
            var security = contexts.createEmptyContext();
            security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
            contexts.setContext(security);

            var tasks = context.getBean(TaskService.class);
            var page = PageRequest.of(0, 50);
            System.out.printf("Seeded %,d tasks for one person; today (Europe/Berlin) is %s%n", count(jdbc, owner), today);
            System.out.printf("Today: %d rows on the first page (%s more); Inbox: %d rows (%s more)%n",
                    tasks.today(page).getNumberOfElements(), tasks.today(page).hasNext() ? "has" : "no",
                    tasks.inbox(page).getNumberOfElements(), tasks.inbox(page).hasNext() ? "has" : "no");
            for (int k = 0; k < 300; k++) {
                // warm-up of everything first: JIT, connection pool, Hibernate and PostgreSQL plan caches
                tasks.today(page);
                tasks.inbox(page);
                tasks.ready(page);
                tasks.upcoming();
            }
            measure("TaskService.today(first 50)", rounds, () -> tasks.today(page));
            measure("TaskService.inbox(first 50)", rounds, () -> tasks.inbox(page));
            measure("TaskService.ready(first 50)", rounds, () -> tasks.ready(page));
            measure("TaskService.upcoming()", rounds, tasks::upcoming);

            var params = TaskQueries.exampleParameters(owner, today, 51);
            explain(named, "Today", TaskQueries.TODAY_SQL, params);
            explain(named, "Inbox", TaskQueries.INBOX_SQL, params);
            explain(named, "Ready", TaskQueries.READY_SQL, params);
            measure("TaskService.search(\"number 42\")", rounds / 5, () -> tasks.search(app.helmsman.tasks.TaskSearch.text("number 42"), page));
            var trigram = jdbc.queryForObject("select count(*) from pg_extension where extname = 'pg_trgm'", Integer.class) == 1;
            System.out.println("pg_trgm installed: " + trigram);
            explain(named, "title search", "select t.id, t.title from tasks t where t.owner_id = :owner and t.deleted_at is null"
                    + " and t.status <> 'DONE' and lower(t.title) like :word limit 51", java.util.Map.of("owner", owner, "word", "%number 42%"));
        } finally {
            context.close();
        }
    }

    static void seed(JdbcTemplate jdbc, UUID owner, LocalDate today) {
        var random = new Random(42);
        var now = Instant.now();
        var projects = new ArrayList<UUID>();
        for (int p = 0; p < 20; p++) {
            var id = UUID.randomUUID();
            projects.add(id);
            jdbc.update("insert into projects (id, owner_id, name, colour, archived, position, created_at) values (?, ?, ?, '#336699', false, ?, ?)",
                    id, owner, "Project " + p, p * 1024L, Timestamp.from(now));
        }
        var tags = new ArrayList<UUID>();
        for (int t = 0; t < 12; t++) {
            var id = UUID.randomUUID();
            tags.add(id);
            jdbc.update("insert into tags (id, owner_id, name) values (?, ?, ?)", id, owner, "tag" + t);
        }
        // A heavy user's history: 60% done, 5% in the trash, the rest open; about 40% of open tasks in the
        // Inbox; half of the tasks have a do date within 60 days either side of today; one in ten is a subtask.
        var ids = new ArrayList<UUID>();
        var rows = new ArrayList<Object[]>();
        for (int k = 0; k < TASKS; k++) {
            var id = UUID.randomUUID();
            var roll = random.nextDouble();
            var done = roll < 0.60;
            var trashed = !done && roll < 0.65;
            var project = random.nextDouble() < 0.4 ? null : projects.get(random.nextInt(projects.size()));
            var parent = !ids.isEmpty() && random.nextDouble() < 0.1 ? ids.get(random.nextInt(ids.size())) : null;
            var doDate = random.nextBoolean() ? Date.valueOf(today.plusDays(random.nextInt(121) - 60)) : null;
            rows.add(new Object[] {id, owner, "Task number " + k + " " + Long.toString(random.nextLong(), 36), done ? "DONE" : "TODO",
                    1 + random.nextInt(4), doDate, project, parent, 1024L * (k + 1), Timestamp.from(now.minusSeconds(TASKS - k)),
                    done ? Timestamp.from(now.minusSeconds(random.nextInt(86_400 * 365))) : null,
                    trashed ? Timestamp.from(now.minusSeconds(random.nextInt(86_400 * 25))) : null});
            ids.add(id);
        }
        // parents first: a subtask's parent has a lower k, so row order satisfies the foreign key
        jdbc.batchUpdate("""
                insert into tasks (id, owner_id, title, status, priority, do_date, project_id, parent_id, position, created_at, completed_at, deleted_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        var tagRows = new ArrayList<Object[]>();
        var dependencyRows = new ArrayList<Object[]>();
        for (int k = 0; k < TASKS; k++) {
            if (random.nextDouble() < 0.5) {
                tagRows.add(new Object[] {ids.get(k), tags.get(random.nextInt(tags.size()))});
            }
            if (k > 0 && random.nextDouble() < 0.05) {
                dependencyRows.add(new Object[] {ids.get(k), ids.get(random.nextInt(k))});
            }
        }
        jdbc.batchUpdate("insert into task_tags (task_id, tag_id) values (?, ?) on conflict do nothing", tagRows);
        jdbc.batchUpdate("insert into task_dependencies (task_id, blocker_id) values (?, ?) on conflict do nothing", dependencyRows);
        jdbc.execute("analyze tasks");
        jdbc.execute("analyze task_tags");
        jdbc.execute("analyze task_dependencies");
    }

    static int count(JdbcTemplate jdbc, UUID owner) {
        return jdbc.queryForObject("select count(*) from tasks where owner_id = ?", Integer.class, owner);
    }

    static void measure(String name, int rounds, Supplier<?> call) {
        var micros = new long[rounds];
        for (int k = 0; k < rounds; k++) {
            long start = System.nanoTime();
            call.get();
            micros[k] = (System.nanoTime() - start) / 1_000;
        }
        Arrays.sort(micros);
        System.out.printf("%-32s p50 %6.2f ms   p95 %6.2f ms   p99 %6.2f ms   max %6.2f ms   (%d calls)%n", name,
                micros[rounds / 2] / 1000.0, micros[(int) (rounds * 0.95)] / 1000.0, micros[(int) (rounds * 0.99)] / 1000.0,
                micros[rounds - 1] / 1000.0, rounds);
    }

    static void explain(NamedParameterJdbcTemplate jdbc, String name, String sql, java.util.Map<String, Object> params) {
        System.out.println();
        System.out.println("EXPLAIN (ANALYZE, BUFFERS) " + name + ":");
        List<String> plan = jdbc.queryForList("explain (analyze, buffers) " + sql, params, String.class);
        plan.forEach(line -> System.out.println("  " + line));
    }
}
