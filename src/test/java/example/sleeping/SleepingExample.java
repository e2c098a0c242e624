package example.sleeping;

import java.util.concurrent.TimeUnit;

/** What {@code app.helmsman.TestSuiteRulesTest} must catch: waiting on time instead of on a condition. */
public class SleepingExample {

    public void waitForDelivery() throws InterruptedException {
        Thread.sleep(600);
    }

    public void waitForRedis() throws InterruptedException {
        TimeUnit.SECONDS.sleep(2);
    }
}
