package dev.unknot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * What Linux says about a process: CPU time from /proc/PID/stat, resident memory and threads from /proc/PID/status,
 * one thread's context switches from /proc/PID/task/TID/status; and the machine's load.
 */
final class ProcStats {
    /** USER_HZ: /proc counts CPU time in these; 100 on every mainstream Linux. */
    static final long TICKS_PER_SECOND = 100;
    /** The longest thread name /proc keeps (TASK_COMM_LEN less its NUL): the JVM cuts longer ones there. */
    private static final int COMM_LENGTH = 15;

    private ProcStats() {
    }

    /** utime + stime of every thread, in clock ticks (fields 14 and 15; the name in field 2 may hold spaces). */
    static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // fields[0] is field 3 (state), so field 14 is fields[11]
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** A line of /proc/PID/status: in kB for VmRSS (now), VmHWM (the peak), RssAnon, RssFile; a count for Threads. */
    static long status(long pid, String key) throws IOException {
        return field(Path.of("/proc", Long.toString(pid), "status"), key);
    }

    /** The id of the process's thread with this name (as the JVM names its native thread), or an exception. */
    static long threadId(long pid, String name) throws IOException {
        String comm = name.substring(0, Math.min(COMM_LENGTH, name.length()));
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                if (Files.readString(task.resolve("comm")).strip().equals(comm)) {
                    return Long.parseLong(task.getFileName().toString());
                }
            }
        }
        throw new IOException("no thread '" + comm + "' in process " + pid);
    }

    /** How often the thread has given up the CPU to wait (voluntary_ctxt_switches): once for every time it slept. */
    static long waits(long pid, long tid) throws IOException {
        return field(Path.of("/proc", Long.toString(pid), "task", Long.toString(tid), "status"),
                "voluntary_ctxt_switches");
    }

    /** The machine's load: runnable and waiting tasks, averaged over the last minute (/proc/loadavg). */
    static double loadAverage() throws IOException {
        return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    }

    private static long field(Path status, String key) throws IOException {
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith(key + ":")) {
                return Long.parseLong(line.substring(key.length() + 1).replace("kB", "").strip());
            }
        }
        throw new IOException(key + " not in " + status);
    }
}
