package vn.tiepdon.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.payment.io.BankDirectoryFiles;

class BankDirectoryTest {

    private static final BankDirectory BUNDLED = BankDirectoryFiles.bundled();

    @TempDir
    Path tmp;

    @Test
    void theBundledListIsVersionedAndHasTheMainBanks() {
        assertThat(BUNDLED.version()).isEqualTo("2024-sbv-bin-list.1");
        assertThat(BUNDLED.banks()).hasSizeGreaterThan(55);
        assertThat(BUNDLED.byBin("970436")).map(Bank::shortName).hasValue("Vietcombank (VCB)");
        assertThat(BUNDLED.byBin("970415")).map(Bank::fullName).hasValue("Ngân hàng TMCP Công thương Việt Nam");
        assertThat(BUNDLED.byBin("970456")).map(Bank::shortName).hasValue("IBK HCM");
    }

    @Test
    void anUnknownBinIsSimplyAbsent() {
        assertThat(BUNDLED.byBin("123456")).isEmpty();
    }

    @Test
    void searchFindsByExactBinFirst() {
        assertThat(BUNDLED.search("970418")).extracting(Bank::shortName).containsExactly("BIDV");
    }

    @Test
    void searchFindsByBinPrefix() {
        assertThat(BUNDLED.search("97045")).extracting(Bank::bin)
                .containsExactly("970452", "970454", "970455", "970456", "970457", "970458", "970459");
    }

    @Test
    void searchIgnoresCaseInShortNames() {
        assertThat(BUNDLED.search("vcb")).extracting(Bank::bin).containsExactly("970436");
    }

    @Test
    void searchIgnoresDiacriticsInFullNames() {
        assertThat(BUNDLED.search("ngoai THUONG")).extracting(Bank::bin).containsExactly("970436");
        assertThat(BUNDLED.search("Quân Đội")).extracting(Bank::bin).containsExactly("970422");
        assertThat(BUNDLED.search("quan doi")).extracting(Bank::bin).containsExactly("970422");
    }

    @Test
    void shortNameMatchesComeBeforeFullNameMatches() {
        BankDirectory directory = BankDirectory.parse("# version: t\nbin,short_name,full_name\n"
                + "111111,First,Ngân hàng Sông Hồng\n222222,Hong Bank,Second\n");

        assertThat(directory.search("hong")).extracting(Bank::bin).containsExactly("222222", "111111");
    }

    @Test
    void aBlankQueryListsAll() {
        assertThat(BUNDLED.search(" ")).isEqualTo(BUNDLED.banks());
    }

    @Test
    void aFileReplacesTheBundledList() throws IOException {
        Path file = tmp.resolve("banks.csv");
        Files.writeString(file, "# version: 2027-01\nbin,short_name,full_name\n970499,NewBank,Ngân hàng Mới, Chi nhánh 1\n");

        BankDirectory replaced = BankDirectoryFiles.load(file);

        assertThat(replaced.version()).isEqualTo("2027-01");
        assertThat(replaced.byBin("970499")).map(Bank::fullName).hasValue("Ngân hàng Mới, Chi nhánh 1");
        assertThat(replaced.byBin("970436")).isEmpty();
    }

    @Test
    void aListWithoutVersionIsRefused() {
        assertThatThrownBy(() -> BankDirectory.parse("bin,short_name,full_name\n970436,VCB,Vietcombank\n"))
                .hasMessageContaining("version");
    }

    @Test
    void aBadBinIsRefusedWithItsLine() {
        assertThatThrownBy(() -> BankDirectory.parse("# version: 1\nbin,short_name,full_name\n97043,VCB,Vietcombank\n"))
                .hasMessageContaining("line 3");
    }

    @Test
    void aDuplicateBinIsRefusedWithBothLines() {
        assertThatThrownBy(() -> BankDirectory.parse(
                "# version: 1\nbin,short_name,full_name\n970436,VCB,Vietcombank\n970436,X,Y\n"))
                .hasMessageContaining("line 4").hasMessageContaining("line 3");
    }

    @Test
    void aMissingHeaderIsRefused() {
        assertThatThrownBy(() -> BankDirectory.parse("# version: 1\n970436,VCB,Vietcombank\n"))
                .hasMessageContaining("header");
    }

    @Test
    void anEmptyListIsRefused() {
        assertThatThrownBy(() -> BankDirectory.parse("# version: 1\nbin,short_name,full_name\n"))
                .hasMessageContaining("no banks");
    }

    @Test
    void anUnreadableFileIsAnIoError() {
        assertThatThrownBy(() -> BankDirectoryFiles.load(tmp.resolve("missing.csv"))).isInstanceOf(IOException.class);
    }
}
