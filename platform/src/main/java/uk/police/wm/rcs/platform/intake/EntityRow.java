package uk.police.wm.rcs.platform.intake;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.EntityMappingType;
import org.hibernate.metamodel.mapping.JdbcMapping;
import org.hibernate.metamodel.mapping.ModelPart;
import org.hibernate.metamodel.mapping.SelectableMapping;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.WrapperOptions;

/**
 * An entity's row as Hibernate maps it, for the paths that insert with plain JDBC (a new record with its event and
 * audit entry in one statement, a batch chunk's multi-row insert): the INSERT's column list and the binding of each
 * value both come from the entity's one mapping, so a field added to the entity is written with no second list to
 * keep in step and no parameter index to count. Made by {@link EntityRows}.
 */
public final class EntityRow<T> {

    /** One insertable column: its name, how to read its value off the entity, and how Hibernate binds it. */
    private record Column(String name, Function<Object, Object> value, JdbcMapping mapping, boolean textArray) {
    }

    private final Class<T> type;
    private final List<Column> columns;
    private final List<Column> key;
    private final WrapperOptions options;
    private final String insert;
    private final String insertIfNew;
    private final String idUnderKey;

    private EntityRow(Class<T> type, List<Column> columns, List<Column> key, WrapperOptions options, String insert,
            String insertIfNew, String idUnderKey) {
        this.type = type;
        this.columns = columns;
        this.key = key;
        this.options = options;
        this.insert = insert;
        this.insertIfNew = insertIfNew;
        this.idUnderKey = idUnderKey;
    }

    /**
     * The row of {@code type}, whose natural key is {@code naturalKey} (attribute names, as the entity spells them;
     * the database must hold a unique index over exactly their columns).
     */
    static <T> EntityRow<T> of(SessionFactoryImplementor factory, Class<T> type, String... naturalKey) {
        EntityMappingType entity = factory.getMappingMetamodel().getEntityDescriptor(type);
        List<Column> columns = new ArrayList<>();
        ModelPart id = entity.getIdentifierMapping();
        columns.add(column(type, id, entity.getIdentifierMapping()::getIdentifier));
        entity.forEachAttributeMapping(attribute -> {
            if (insertable(attribute)) {
                columns.add(column(type, attribute, attribute::getValue));
            }
        });
        String table = entity.getMappedTableDetails().getTableName();
        String insert = "INSERT INTO " + table + " (" + columns.stream().map(Column::name)
                .collect(Collectors.joining(", ")) + ") VALUES (" + columns.stream().map(c -> "?")
                        .collect(Collectors.joining(", ")) + ")";
        List<Column> key = Arrays.stream(naturalKey).map(name -> keyColumn(type, entity, columns, name)).toList();
        String idColumn = columns.get(0).name();
        String insertIfNew = insert + " ON CONFLICT (" + key.stream().map(Column::name)
                .collect(Collectors.joining(", ")) + ") DO NOTHING RETURNING " + idColumn;
        String idUnderKey = "SELECT " + idColumn + " FROM " + table + " WHERE " + key.stream()
                .map(c -> c.name() + " = ?").collect(Collectors.joining(" AND "));
        return new EntityRow<>(type, List.copyOf(columns), key, factory.getWrapperOptions(), insert, insertIfNew,
                idUnderKey);
    }

    /** The entity class whose row this is. */
    public Class<T> type() {
        return type;
    }

    /** The entity's id as text, as results and events name it. */
    public String id(T entity) {
        return String.valueOf(columns.get(0).value().apply(entity));
    }

    /**
     * The id of the row stored under {@code record}'s natural key (its values of the key's attributes), if any: one
     * probe of the key's unique index, planned with the values ({@link ValuePlanned}) on the caller's connection.
     */
    public Optional<Object> idUnderKey(Connection connection, T record) throws SQLException {
        try (PreparedStatement statement = ValuePlanned.prepare(connection, idUnderKey)) {
            int index = 1;
            for (Column column : key) {
                bind(statement, index++, column, record);
            }
            try (ResultSet found = statement.executeQuery()) {
                if (!found.next()) {
                    return Optional.empty();
                }
                JdbcMapping id = columns.get(0).mapping();
                return Optional.of(id.convertToDomainValue(id.getJdbcValueExtractor().extract(found, 1, options)));
            }
        }
    }

    /** {@code INSERT INTO table (every insertable column) VALUES (?, ...)}, for records already checked to be new. */
    public String insert() {
        return insert;
    }

    /** {@link #insert()} that inserts nothing when the natural key is taken, and returns the id when it inserted. */
    public String insertIfNew() {
        return insertIfNew;
    }

    /** Sets the row's parameters from {@code first} on, from the entity's values; returns the index of the next. */
    public int bind(PreparedStatement statement, int first, T entity) throws SQLException {
        int index = first;
        for (Column column : columns) {
            bind(statement, index++, column, entity);
        }
        return index;
    }

    private void bind(PreparedStatement statement, int index, Column column, T entity) throws SQLException {
        Object value = column.mapping().convertToRelationalValue(column.value().apply(entity));
        if (column.textArray()) {
            // Hibernate's array binder asks a session for its connection; the statement's own does the same
            statement.setArray(index, value == null ? null
                    : statement.getConnection().createArrayOf("text", (Object[]) value));
        } else {
            column.mapping().getJdbcValueBinder().bind(statement, value, index, options);
        }
    }

    /**
     * Inserts entities already checked to be new, on the caller's connection, as one JDBC batch (the driver sends it
     * as multi-row inserts); a record claimed meanwhile by another request fails the whole batch on its unique key.
     */
    public void insertAll(Connection connection, List<T> entities) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            for (T entity : entities) {
                bind(statement, 1, entity);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static boolean insertable(AttributeMapping attribute) {
        boolean[] any = {false};
        attribute.forEachSelectable((i, selectable) -> any[0] |= selectable.isInsertable() && !selectable.isFormula());
        return any[0];
    }

    private static Column column(Class<?> type, ModelPart part, Function<Object, Object> value) {
        List<SelectableMapping> selectables = new ArrayList<>();
        part.forEachSelectable((i, selectable) -> selectables.add(selectable));
        if (selectables.size() != 1) {
            throw new IllegalArgumentException(type.getSimpleName() + "." + part.getPartName()
                    + " maps to " + selectables.size() + " columns; an EntityRow writes single-column attributes only");
        }
        SelectableMapping selectable = selectables.get(0);
        JdbcMapping mapping = selectable.getJdbcMapping();
        boolean array = mapping.getJdbcType().getDefaultSqlTypeCode() == SqlTypes.ARRAY;
        if (array && mapping.getJavaTypeDescriptor().getJavaTypeClass() != String[].class) {
            throw new IllegalArgumentException(type.getSimpleName() + "." + part.getPartName()
                    + " is an array of other than text; an EntityRow binds text[] only");
        }
        return new Column(selectable.getSelectionExpression(), value, mapping, array);
    }

    /** The insertable column of a natural key's attribute. */
    private static Column keyColumn(Class<?> type, EntityMappingType entity, List<Column> columns, String attribute) {
        ModelPart part = entity.findSubPart(attribute);
        if (part == null) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no attribute " + attribute);
        }
        String name = column(type, part, null).name();
        return columns.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(type.getSimpleName() + "." + attribute
                        + " is not written on insert, so it cannot be part of a natural key"));
    }
}
