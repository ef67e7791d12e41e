package uk.police.wm.rcs.gateway.boardpack.issued;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import uk.police.wm.rcs.gateway.governance.series.HeadlineFigures.Figure;

/**
 * The JSON columns of an issued pack (the event offsets it was built from, its headline figures, its changes in
 * words), written and read with the application's ObjectMapper, each as its own type.
 */
@ApplicationScoped
class IssuedPackJson {

    @Inject
    ObjectMapper json;

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    List<IssuedPack.Offset> eventOffsets(IssuedBoardPack pack) {
        return read(pack.eventOffsets, new TypeReference<>() { });
    }

    List<Figure> figures(IssuedBoardPack pack) {
        return read(pack.figures, new TypeReference<>() { });
    }

    List<String> changes(IssuedBoardPack pack) {
        return read(pack.changes, new TypeReference<>() { });
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
