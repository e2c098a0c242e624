package app.helmsman.loadtest;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * What the server process costs: heap in use after full GCs, and CPU time used so far. Either another process
 * (by pid: {@code jcmd GC.run} + {@code GC.heap_info}, {@code /proc/<pid>/stat}) or this JVM (the smoke IT).
 */
interface ServerProbe {

    /** Bytes of heap in use right after full garbage collections; -1 if unknown. */
    long heapAfterGc();

    /** Nanoseconds of CPU the server process has used; -1 if unknown. */
    long cpuNanos();

    /** The server's live objects by class ({@code jcmd GC.class_histogram}); empty if unknown. */
    default String classHistogram() {
        return "";
    }

    static ServerProbe none() {
        return new ServerProbe() {
            public long heapAfterGc() {
                return -1;
            }

            public long cpuNanos() {
                return -1;
            }
        };
    }

    static ServerProbe thisJvm() {
        return new ServerProbe() {
            public long heapAfterGc() {
                var memory = ManagementFactory.getMemoryMXBean();
                for (int i = 0; i < 3; i++) {
                    memory.gc();
                }
                return memory.getHeapMemoryUsage().getUsed();
            }

            public long cpuNanos() {
                return ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime();
            }
        };
    }

    static ServerProbe process(long pid) {
        return new ProcessProbe(pid);
    }

    /** Another JVM on this machine, through jcmd and /proc. */
    final class ProcessProbe implements ServerProbe {
        private static final Pattern USED = Pattern.compile("used (\\d+)K");
        private static final long TICKS_PER_SECOND = 100; // USER_HZ on Linux
        private final long pid;

        ProcessProbe(long pid) {
            this.pid = pid;
        }

        @Override
        public long heapAfterGc() {
            jcmd("GC.run");
            jcmd("GC.run");
            var matcher = USED.matcher(jcmd("GC.heap_info"));
            return matcher.find() ? Long.parseLong(matcher.group(1)) * 1024 : -1;
        }

        @Override
        public String classHistogram() {
            return jcmd("GC.class_histogram");
        }

        @Override
        public long cpuNanos() {
            try {
                var stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
                return ticks * 1_000_000_000L / TICKS_PER_SECOND;
            } catch (IOException e) {
                return -1;
            }
        }

        private String jcmd(String command) {
            var jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
            try {
                var process = new ProcessBuilder(jcmd, Long.toString(pid), command).redirectErrorStream(true).start();
                var out = new String(process.getInputStream().readAllBytes());
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
                return out;
            } catch (IOException e) {
                return "";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "";
            }
        }
    }
}
