package vn.tiepdon.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.tiepdon.kiosk.FlowSettings;
import vn.tiepdon.kiosk.Texts;
import vn.tiepdon.kiosk.voice.Prompt;

/** {@code tiepdon voice texts}: what each recorded prompt says, read from the screens' texts. */
@Command(name = "voice", mixinStandardHelpOptions = true,
        description = "Giọng nói của ki-ốt / The kiosk's voice.",
        subcommands = VoiceCommand.TextsCommand.class)
final class VoiceCommand {

    @Command(name = "texts", mixinStandardHelpOptions = true,
            description = {"In câu nói của từng đoạn ghi âm: tên, tệp, câu (cách nhau bằng dấu tab).",
                    "Prints what each recorded prompt says: name, file, text, tab-separated.",
                    "packaging/voice/make-clips reads it to record the clips again after a text changed."})
    static final class TextsCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Texts vietnamese = Texts.of(FlowSettings.VIETNAMESE);
            for (Prompt prompt : Prompt.values()) {
                out.println(prompt.name() + "\t" + prompt.clipName() + "\t" + prompt.text(vietnamese));
            }
            return ExitCodes.OK;
        }
    }
}
