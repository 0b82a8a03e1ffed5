package dev.chargeback.run;

import dev.chargeback.allocation.Method;

import java.time.YearMonth;
import java.nio.file.Path;

/**
 * What `chargeback run` was asked: the period, where the data and rules are, where outputs go; a dry run writes
 * the outputs of what would be posted and posts nothing. A run whose inputs, rules and method are those of the run
 * in force posts nothing either, unless {@code repost} asks for it.
 */
public record RunRequest(YearMonth period, Path data, Path rules, Path out, boolean acceptRejects, Method method,
                         String user, boolean dryRun, boolean repost) {

    public RunRequest(YearMonth period, Path data, Path rules, Path out, boolean acceptRejects, Method method,
                      String user, boolean dryRun) {
        this(period, data, rules, out, acceptRejects, method, user, dryRun, false);
    }
}
