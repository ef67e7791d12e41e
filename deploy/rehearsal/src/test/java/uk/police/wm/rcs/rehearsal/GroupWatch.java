package uk.police.wm.rcs.rehearsal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import uk.police.wm.rcs.stack.KafkaCluster;

/** Watches a consumer group through the admin API: who owns how many partitions. */
final class GroupWatch {

    private static final Duration WATCH_LIMIT = Duration.ofSeconds(90);

    private GroupWatch() {
    }

    /** Member (client id and host) to the number of partitions assigned to it; empty while rebalancing. */
    static Map<String, Integer> assignment(Admin admin, String group) throws Exception {
        ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).describedGroups().get(group)
                .get(5, TimeUnit.SECONDS);
        Map<String, Integer> owners = new LinkedHashMap<>();
        for (MemberDescription member : description.members()) {
            int partitions = member.assignment().topicPartitions().size();
            if (partitions > 0) {
                owners.put(member.consumerId(), partitions);
            }
        }
        return owners;
    }

    /**
     * Starts watching, every 20 ms, for the moment one member owns all {@code partitions}; the returned value turns
     * from 0 to that moment's {@link System#nanoTime()}.
     */
    static AtomicLong whenSoleOwner(KafkaCluster kafka, String group, int partitions) {
        AtomicLong at = new AtomicLong();
        Thread watcher = new Thread(() -> {
            try (Admin admin = kafka.admin()) {
                // the moment is taken inside the poll that saw it, not when Awaitility returns
                Awaitility.await("one member of " + group + " owns all " + partitions + " partitions").atMost(WATCH_LIMIT)
                        .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
                        .ignoreExceptions() // the coordinator may be moving: ask again
                        .until(() -> {
                            Map<String, Integer> owners = assignment(admin, group);
                            if (owners.size() == 1 && owners.values().iterator().next() == partitions) {
                                at.compareAndSet(0, System.nanoTime());
                                return true;
                            }
                            return false;
                        });
            } catch (ConditionTimeoutException notWithinTheLimit) {
                // the value stays 0: the rehearsal reports no rebalance
            }
        }, "group-watch");
        watcher.setDaemon(true);
        watcher.start();
        return at;
    }
}
