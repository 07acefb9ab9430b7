package dev.unknot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What Linux says about a process: CPU time from /proc/PID/stat, resident memory from /proc/PID/status. */
final class ProcStats {
    /** USER_HZ: /proc counts CPU time in these; 100 on every mainstream Linux. */
    static final long TICKS_PER_SECOND = 100;

    private ProcStats() {
    }

    /** utime + stime of every thread, in clock ticks (fields 14 and 15; the name in field 2 may hold spaces). */
    static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // fields[0] is field 3 (state), so field 14 is fields[11]
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** A line of /proc/PID/status in kB, e.g. VmRSS (now) or VmHWM (the peak). */
    static long statusKb(long pid, String key) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith(key + ":")) {
                return Long.parseLong(line.substring(key.length() + 1).replace("kB", "").strip());
            }
        }
        throw new IOException(key + " not in /proc/" + pid + "/status");
    }
}
