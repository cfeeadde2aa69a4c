package vn.tiepdon.print.sim;

import java.util.List;
import vn.tiepdon.print.BitImage;

/**
 * One ticket as the emulated printer understood it.
 *
 * @param sequence  1, 2, 3 … in the order the emulator finished them (also the file name, {@code 0001})
 * @param cutSeen   false when the connection closed before a cut (an incomplete ticket)
 * @param byteCount bytes the ticket took on the wire, from the end of the previous ticket to the cut
 */
public record DecodedTicket(int sequence, List<EscPosElement> elements, boolean cutSeen, long byteCount) {

    public DecodedTicket {
        elements = List.copyOf(elements);
    }

    /** Printer-font lines, in order, without the empty ones. */
    public List<String> textLines() {
        return elements.stream().filter(EscPosElement.Text.class::isInstance).map(EscPosElement.Text.class::cast)
                .map(EscPosElement.Text::text).filter(t -> !t.isEmpty()).toList();
    }

    public List<EscPosElement.Text> texts() {
        return elements.stream().filter(EscPosElement.Text.class::isInstance).map(EscPosElement.Text.class::cast)
                .toList();
    }

    /** Raster bands, in order. */
    public List<BitImage> rasters() {
        return elements.stream().filter(EscPosElement.Raster.class::isInstance)
                .map(e -> ((EscPosElement.Raster) e).image()).toList();
    }

    public List<EscPosElement.Unknown> unknowns() {
        return elements.stream().filter(EscPosElement.Unknown.class::isInstance)
                .map(EscPosElement.Unknown.class::cast).toList();
    }

    /** The .txt form: one element a line, and INCOMPLETE last when no cut came. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        elements.forEach(e -> text.append(e).append('\n'));
        if (!cutSeen) {
            text.append("INCOMPLETE\n");
        }
        return text.toString();
    }
}
