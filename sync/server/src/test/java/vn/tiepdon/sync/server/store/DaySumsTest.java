package vn.tiepdon.sync.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DaySumsTest {

    @Test
    void aDayIsWrittenAsOneLineAnEntryInKeyOrderWithAnEmptySubjectKept() {
        DaySums day = new DaySums();
        day.addTotal("TICKET_ISSUED", "KB", 0, 3, 0, 0);
        day.addTotal("PAYMENT_PAID", "QR", 1, 2, 300_000, 60_000);
        day.addTotal("TICKET_ISSUED", "KB", 0, 4, 0, 0);
        day.addTotal("IDLE_RESET", "", 0, 1, 0, 0);
        day.addSeconds("TICKET_PRINTED", 12, 2);
        day.addSeconds("TICKET_PRINTED", 5, 1);
        day.addSeconds("TICKET_PRINTED", 12, 3);

        assertThat(day.totalsText()).isEqualTo("""
                IDLE_RESET  0 1 0 0
                PAYMENT_PAID QR 1 2 300000 60000
                TICKET_ISSUED KB 0 7 0 0""");
        assertThat(day.secondsText()).isEqualTo("TICKET_PRINTED 5 1\nTICKET_PRINTED 12 5");
    }

    @Test
    void daysReadFromTheirTextAddUp() {
        DaySums sum = new DaySums();
        sum.addText("IDLE_RESET  0 1 0 0\nTICKET_ISSUED KB 0 7 0 0", "TICKET_PRINTED 5 1");
        sum.addText("TICKET_ISSUED KB 0 2 0 0\nTICKET_ISSUED KB 1 1 0 0", "TICKET_PRINTED 5 4\nTICKET_PRINTED 9 1");
        sum.addText(null, null);
        sum.addText("", "");

        assertThat(sum.totalsText()).isEqualTo("IDLE_RESET  0 1 0 0\nTICKET_ISSUED KB 0 9 0 0\nTICKET_ISSUED KB 1 1 0 0");
        assertThat(sum.secondsText()).isEqualTo("TICKET_PRINTED 5 5\nTICKET_PRINTED 9 1");
    }
}
