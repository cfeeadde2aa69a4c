package vn.tiepdon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tiepdon.kiosk.voice.Prompt;

class VoiceCommandTest {

    @Test
    void voiceTextsPrintsOneLinePerPromptForTheClipMaker() {
        CliRun run = CliRun.of("voice", "texts");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(Prompt.values().length)
                .allSatisfy(line -> assertThat(line.split("\t")).as(line).hasSize(3));
        assertThat(lines).contains("DONE\tdone.wav\tMời Ông/Bà nhận phiếu. Giữ phiếu và chờ đến lượt được gọi số.",
                "OUT_OF_SERVICE\tout-of-service.wav\t"
                        + "Ki-ốt tạm ngưng, mời Ông/Bà đến quầy tiếp đón để lấy số. Xin cảm ơn!");
        assertThat(run.err()).isEmpty();
    }
}
