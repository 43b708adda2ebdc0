package io.github.retire.provider.settings;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Map;

import org.apiguardian.api.API;

/**
 * Which shard of a CI job's split this run is ({@code retire.shard}): {@code K/N} as given, or
 * {@code auto}, read from the variables of the CI system that started the job. Every system counts
 * its shards in its own way (GitLab from 1, the others from 0); here K is always 1-based.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class ShardSpec {
    public static final String KEY = "retire.shard";
    public static final String TOTAL_KEY = "retire.shardTotal";
    static final String ACCEPTED = "K/N with 1 <= K <= N (e.g. 2/4: the second of four shards), or auto (the CI's"
            + " own variables: GitLab CI_NODE_INDEX/CI_NODE_TOTAL, Buildkite BUILDKITE_PARALLEL_JOB/"
            + "BUILDKITE_PARALLEL_JOB_COUNT, CircleCI CIRCLE_NODE_INDEX/CIRCLE_NODE_TOTAL, Bazel TEST_SHARD_INDEX/"
            + "TEST_TOTAL_SHARDS, a Kubernetes Indexed Job's JOB_COMPLETION_INDEX with " + TOTAL_KEY + ")";
    static final String TOTAL_ACCEPTED = "a whole number of at least 1, the completions of the Kubernetes Indexed Job,"
            + " with " + KEY + "=auto";

    /** Bazel asks a test runner that shards to touch this file, or it takes the runner for one that does not. */
    static final String BAZEL_STATUS_FILE = "TEST_SHARD_STATUS_FILE";

    private final int index;
    private final int total;
    private final String source;
    private final String statusFile;

    ShardSpec(int index, int total, String source, String statusFile) {
        this.index = index;
        this.total = total;
        this.source = source;
        this.statusFile = statusFile;
    }

    /** This shard, 1-based. */
    public int index() {
        return index;
    }

    public int total() {
        return total;
    }

    /** Where the shard came from, for the log: {@code retire.shard=2/4}, {@code GitLab CI_NODE_INDEX=2, ...}. */
    public String source() {
        return source;
    }

    /** The file Bazel asked to be touched, or null. */
    public String statusFile() {
        return statusFile;
    }

    @Override
    public String toString() {
        return index + "/" + total;
    }

    /**
     * The shard the settings give, or null to run everything: no {@code retire.shard}, or {@code auto} with
     * no CI variables ({@code autoNone} says so).
     */
    static ShardSpec parse(String value, String totalValue, Map<String, String> env) {
        String total = totalValue == null || totalValue.trim().isEmpty() ? null : totalValue.trim();
        if (value == null || value.trim().isEmpty()) {
            if (total != null) {
                throw new SettingException(TOTAL_KEY, totalValue, TOTAL_ACCEPTED);
            }
            return null;
        }
        String v = value.trim();
        if (v.equalsIgnoreCase("auto")) {
            return auto(total, env);
        }
        if (total != null) {
            throw new SettingException(TOTAL_KEY, totalValue, TOTAL_ACCEPTED);
        }
        int slash = v.indexOf('/');
        if (slash > 0) {
            Integer k = number(v.substring(0, slash));
            Integer n = number(v.substring(slash + 1));
            if (k != null && n != null && k >= 1 && n >= 1 && k <= n) {
                return new ShardSpec(k, n, KEY + "=" + v, null);
            }
        }
        throw new SettingException(KEY, value, ACCEPTED);
    }

    private static ShardSpec auto(String total, Map<String, String> env) {
        ShardSpec bazel = fromVariables(env, "Bazel", "TEST_SHARD_INDEX", "TEST_TOTAL_SHARDS", 0);
        if (bazel != null) {
            String status = env.get(BAZEL_STATUS_FILE);
            return new ShardSpec(bazel.index, bazel.total, bazel.source,
                    status == null || status.isEmpty() ? null : status);
        }
        ShardSpec found = fromVariables(env, "Buildkite", "BUILDKITE_PARALLEL_JOB", "BUILDKITE_PARALLEL_JOB_COUNT", 0);
        if (found == null) {
            found = fromVariables(env, "CircleCI", "CIRCLE_NODE_INDEX", "CIRCLE_NODE_TOTAL", 0);
        }
        if (found == null) {
            found = fromVariables(env, "GitLab", "CI_NODE_INDEX", "CI_NODE_TOTAL", 1);
        }
        String k8s = env.get("JOB_COMPLETION_INDEX");
        if (found == null && k8s != null) {
            if (total == null) {
                throw new SettingException(TOTAL_KEY, "", "the number of completions of the Kubernetes Indexed Job"
                        + " (JOB_COMPLETION_INDEX=" + k8s + " is set, but not how many shards there are)");
            }
            Integer n = number(total);
            if (n == null || n < 1) {
                throw new SettingException(TOTAL_KEY, total, TOTAL_ACCEPTED);
            }
            found = indexed("Kubernetes", "JOB_COMPLETION_INDEX", k8s, TOTAL_KEY, total, 0);
        } else if (total != null) {
            Integer n = number(total);
            if (n == null || n < 1) {
                throw new SettingException(TOTAL_KEY, total, TOTAL_ACCEPTED);
            }
        }
        return found;
    }

    /** A CI system's pair of variables, or null if it did not set them (or set a total of 1 without an index). */
    private static ShardSpec fromVariables(Map<String, String> env, String system, String indexVar, String totalVar,
                                           int base) {
        String index = env.get(indexVar);
        String total = env.get(totalVar);
        if (index == null && total == null) {
            return null;
        }
        if (index == null || total == null) {
            // GitLab sets CI_NODE_TOTAL=1 for a job without parallel:, and no index.
            if (index == null && "1".equals(total.trim())) {
                return null;
            }
            throw new SettingException(KEY, "auto", ACCEPTED + "; " + system + " set " + (index == null
                    ? totalVar + "=" + total + " but not " + indexVar : indexVar + "=" + index + " but not " + totalVar));
        }
        return indexed(system, indexVar, index, totalVar, total, base);
    }

    private static ShardSpec indexed(String system, String indexVar, String index, String totalVar, String total,
                                     int base) {
        Integer i = number(index);
        Integer n = number(total);
        if (i == null || n == null || n < 1 || i < base || i - base >= n) {
            throw new SettingException(KEY, "auto", ACCEPTED + "; " + system + " set " + indexVar + "=" + index + " and "
                    + totalVar + "=" + total + ", which is no shard (" + indexVar + " counts from " + base + ")");
        }
        return new ShardSpec(i - base + 1, n, system + " " + indexVar + "=" + index + ", " + totalVar + "=" + total,
                null);
    }

    private static Integer number(String text) {
        String t = text.trim();
        if (t.isEmpty() || t.length() > 9) {
            return null;
        }
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return null;
            }
        }
        return Integer.parseInt(t);
    }
}
