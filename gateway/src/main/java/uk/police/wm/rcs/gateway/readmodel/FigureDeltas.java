package uk.police.wm.rcs.gateway.readmodel;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import uk.police.wm.rcs.gateway.readmodel.BatchSql.Column;

/**
 * The increments a batch makes to one figure table, added up per row in memory so each row is written once per
 * batch, in key order (two instances never lock the same rows in opposite orders). A row touched by the batch is
 * written even when its increments cancel out, as applying the events one by one would leave it.
 */
public final class FigureDeltas {

    private static final String SEPARATOR = "\u001f";

    private final String table;
    private final List<String> keyColumns;
    private final List<String> keyTypes;
    private final List<String> valueColumns;
    private final Map<String, long[]> rows = new TreeMap<>();

    /**
     * @param keyColumns the table's primary key, each as {@code name} (varchar), {@code name:int4} or
     *                   {@code name:text[]} (a marking's caveats, given as {@link StoredMarking#caveatsLiteral})
     */
    public FigureDeltas(String table, List<String> keyColumns, List<String> valueColumns) {
        this.table = table;
        this.keyColumns = keyColumns.stream().map(c -> c.split(":")[0]).toList();
        this.keyTypes = keyColumns.stream().map(c -> c.contains(":") ? c.split(":")[1] : "varchar").toList();
        this.valueColumns = valueColumns;
    }

    /** Adds increments (one per value column) to the row with this key (one value per key column). */
    public void add(List<String> key, long... increments) {
        long[] sum = rows.computeIfAbsent(String.join(SEPARATOR, key), k -> new long[valueColumns.size()]);
        for (int i = 0; i < increments.length; i++) {
            sum[i] += increments[i];
        }
    }

    /** Writes every row touched, in one statement. */
    public void write(EntityManager em) {
        if (rows.isEmpty()) {
            return;
        }
        List<List<Object>> columns = new ArrayList<>();
        for (int i = 0; i < keyColumns.size() + valueColumns.size(); i++) {
            columns.add(new ArrayList<>());
        }
        rows.forEach((key, values) -> {
            String[] parts = key.split(SEPARATOR, -1);
            for (int i = 0; i < parts.length; i++) {
                columns.get(i).add("int4".equals(keyTypes.get(i)) ? (Object) Integer.valueOf(parts[i]) : parts[i]);
            }
            for (int i = 0; i < values.length; i++) {
                columns.get(keyColumns.size() + i).add(values[i]);
            }
        });
        Column[] arrays = new Column[columns.size()];
        for (int i = 0; i < arrays.length; i++) {
            String type = i < keyTypes.size() ? keyTypes.get(i) : "int8";
            // a text[] key travels as its literal and is cast back below
            arrays[i] = new Column("text[]".equals(type) ? "varchar" : type, columns.get(i).toArray(switch (type) {
                case "int4" -> new Integer[0];
                case "int8" -> new Long[0];
                default -> new String[0];
            }));
        }
        String all = String.join(", ", keyColumns) + ", " + String.join(", ", valueColumns);
        String updates = String.join(", ", valueColumns.stream().map(v -> v + " = f." + v + " + EXCLUDED." + v)
                .toList());
        List<String> aliases = IntStream.range(0, arrays.length).mapToObj(i -> "c" + i).toList();
        List<String> selected = IntStream.range(0, arrays.length).mapToObj(i -> i < keyTypes.size()
                && "text[]".equals(keyTypes.get(i)) ? "CAST(c" + i + " AS text[])" : "c" + i).toList();
        // table and column names are our own constants, never caller input
        BatchSql.update(em, "INSERT INTO " + table + " AS f (" + all + ") SELECT " + String.join(", ", selected)
                + " FROM unnest(" + String.join(", ", Arrays.stream(arrays).map(c -> "?").toList()) + ") AS u ("
                + String.join(", ", aliases) + ") ON CONFLICT ("
                + String.join(", ", keyColumns) + ") DO UPDATE SET " + updates, arrays);
    }
}
