package vn.tiepdon.sync.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Personal data must not leave a kiosk. Every field of a batch is a number, a date, a list of records, or a short
 * code; no field can carry an ID number, a name or free text, and no field can be added.
 */
class OnlyCountsTravelTest {

    // Fake data in the shapes that must never travel (reference/identity-qr.md: 12-digit CCCD, 9-digit CMND,
    // 10-character BHYT number with its 5-digit social-insurance tail, names with and without diacritics).
    private static final List<String> PERSONAL = List.of("001099012345", "012345678", "DN4010123456789",
            "Nguyễn Văn An", "NGUYEN VAN AN", "Bệnh nhân đau bụng", "Trần Thị B", "0912 345 678",
            "số 12 đường Lê Lợi", "ab\ncd", "x".repeat(41));

    private static final String GOOD = """
            {"protocol":1,"kiosk":"K01","facility":"79001","cursor":7,"days":[{"day":"2026-12-01",
             "totals":[{"hour":8,"kind":"TICKET_ISSUED","subject":"KB","flag":0,"count":1,"amountDong":0,"millisSum":0}],
             "seconds":[{"kind":"TICKET_PRINTED","seconds":6,"count":1}]}]}""";

    @Test
    void everyFieldOfEveryRecordInABatchIsANumberADateAListOrACheckedCode() {
        Set<String> textFields = new HashSet<>();
        Deque<Class<?>> toVisit = new ArrayDeque<>(List.of(Batch.class));
        Set<Class<?>> seen = new HashSet<>();
        while (!toVisit.isEmpty()) {
            Class<?> type = toVisit.pop();
            if (!seen.add(type)) {
                continue;
            }
            for (RecordComponent component : type.getRecordComponents()) {
                Class<?> field = component.getType();
                if (field == String.class) {
                    textFields.add(type.getSimpleName() + "." + component.getName());
                } else if (field == List.class) {
                    var element = (Class<?>) ((java.lang.reflect.ParameterizedType) component.getGenericType())
                            .getActualTypeArguments()[0];
                    assertThat(element.isRecord()).as(component.getName()).isTrue();
                    toVisit.push(element);
                } else {
                    assertThat(field).as(type.getSimpleName() + "." + component.getName()).isIn(int.class, long.class);
                }
            }
        }
        // Each of these is tried below with personal data; a new text field must be added here and to the test.
        assertThat(textFields).containsExactlyInAnyOrder("Batch.kiosk", "Batch.facility", "DayTotals.day",
                "HourTotal.kind", "HourTotal.subject", "SecondsCount.kind");
    }

    @Test
    void personalDataInAnyTextFieldIsRefused() {
        List<String> fields = List.of("\"kiosk\":\"K01\"", "\"facility\":\"79001\"", "\"day\":\"2026-12-01\"",
                "\"kind\":\"TICKET_ISSUED\"", "\"subject\":\"KB\"", "\"kind\":\"TICKET_PRINTED\"");
        List<String> accepted = new ArrayList<>();
        for (String field : fields) {
            String name = field.substring(0, field.indexOf(':') + 1);
            for (String personal : PERSONAL) {
                String json = GOOD.replace(field, name + "\"" + personal.replace("\n", "\\n") + "\"");
                assertThat(json).isNotEqualTo(GOOD);
                try {
                    BatchJson.readBatch(json.getBytes(StandardCharsets.UTF_8));
                    accepted.add(name + personal);
                } catch (BatchRejected expected) {
                    assertThat(expected.getMessage()).doesNotContain(personal);
                }
            }
        }
        assertThat(accepted).isEmpty();
    }

    @Test
    void aFieldTheProtocolDoesNotNameIsRefusedAnywhere() {
        for (String at : List.of("\"cursor\":7", "\"seconds\":6", "\"millisSum\":0")) {
            String json = GOOD.replace(at, at + ",\"note\":\"Nguyễn Văn An\"");
            assertThatThrownBy(() -> BatchJson.readBatch(json.getBytes(StandardCharsets.UTF_8))).as(at)
                    .isInstanceOf(BatchRejected.class).hasMessageNotContaining("Nguyễn");
        }
    }
}
