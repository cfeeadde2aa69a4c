package vn.tiepdon.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tiepdon.payment.InvalidPaymentRequest.Rule;

class VietQrTest {

    /** Static, to a Vietcombank account, no amount (reference §8 example 1, CRC recomputed independently). */
    static final String STATIC_VCB =
            "00020101021138540010A00000072701240006970436011010123456780208QRIBFTTA53037045802VN6304497A";
    /** Dynamic with amount and memo: the example in the subiz/vietqr README (reference §8 example 2). */
    static final String SUBIZ_README = "00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA"
            + "530370454061200005802VN62170813ung ho lu lut6304C15C";
    /**
     * To a card, with a reference and purpose: the NAPAS VietQR spec v1.0 §6.1.4 table (reference §8 example 3).
     * The reference calls "NPS6869" a terminal label (62/07), but the string carries it as 62/01, the bill number.
     */
    static final String NAPAS_CARD = "00020101021238600010A00000072701300006970403011697040311012345670208QRIBFTTC"
            + "530370454061800005802VN62340107NPS68690819thanh toan don hang6304A203";

    /** Appends "6304" and the CRC, so tests can build deviating payloads that are otherwise intact. */
    static String withCrc(String body) {
        return body + "6304" + Crc16.hex(body + "6304");
    }

    private static VietQrPayment decoded(String payload) {
        DecodeResult result = VietQr.decode(payload);
        assertThat(result).isInstanceOf(DecodeResult.Decoded.class);
        return ((DecodeResult.Decoded) result).payment();
    }

    private static List<DecodeWarning> warnings(String payload) {
        return ((DecodeResult.Decoded) VietQr.decode(payload)).warnings();
    }

    private static DecodeResult.Rejected rejected(String payload) {
        DecodeResult result = VietQr.decode(payload);
        assertThat(result).isInstanceOf(DecodeResult.Rejected.class);
        return (DecodeResult.Rejected) result;
    }

    @Test
    void crcMatchesTheCcittFalseCheckValue() {
        assertThat(Crc16.ccittFalse("123456789".getBytes())).isEqualTo(0x29B1);
        assertThat(Crc16.hex("123456789")).isEqualTo("29B1");
    }

    @Test
    void crcKeepsLeadingZeros() {
        // Finds a short input whose CRC is below 0x1000; unpadded, it would print as three hex digits.
        String text = java.util.stream.IntStream.range(0, 100_000).mapToObj(i -> "x" + i)
                .filter(s -> Crc16.ccittFalse(s.getBytes()) < 0x1000).findFirst().orElseThrow();
        assertThat(Crc16.hex(text)).hasSize(4).startsWith("0");
    }

    @Test
    void decodesTheStaticReferenceExample() {
        VietQrPayment payment = decoded(STATIC_VCB);

        assertThat(payment.dynamic()).isFalse();
        assertThat(payment.bin()).isEqualTo("970436");
        assertThat(payment.account()).isEqualTo("1012345678");
        assertThat(payment.service()).isEqualTo(ServiceCode.ACCOUNT);
        assertThat(payment.amount()).isEmpty();
        assertThat(payment.currency()).isEqualTo("704");
        assertThat(payment.country()).isEqualTo("VN");
        assertThat(payment.purpose()).isEmpty();
        assertThat(warnings(STATIC_VCB)).isEmpty();
    }

    @Test
    void decodesTheSubizReadmeExample() {
        VietQrPayment payment = decoded(SUBIZ_README);

        assertThat(payment.dynamic()).isTrue();
        assertThat(payment.bin()).isEqualTo("970415");
        assertThat(payment.account()).isEqualTo("0011001932418");
        assertThat(payment.amount()).hasValue(120_000);
        assertThat(payment.purpose()).hasValue("ung ho lu lut");
        assertThat(payment.billNumber()).isEmpty();
    }

    @Test
    void decodesTheNapasCardExample() {
        VietQrPayment payment = decoded(NAPAS_CARD);

        assertThat(payment.service()).isEqualTo(ServiceCode.CARD);
        assertThat(payment.bin()).isEqualTo("970403");
        assertThat(payment.account()).isEqualTo("9704031101234567");
        assertThat(payment.amount()).hasValue(180_000);
        assertThat(payment.purpose()).hasValue("thanh toan don hang");
        assertThat(payment.billNumber()).hasValue("NPS6869");
    }

    @Test
    void encodesTheReferenceExamplesExactly() {
        assertThat(VietQr.encode(PaymentRequest.toAccount("970436", "1012345678"))).isEqualTo(STATIC_VCB);
        assertThat(VietQr.encode(PaymentRequest.toAccount("970415", "0011001932418")
                .withAmount(120_000).withPurpose("ung ho lu lut"))).isEqualTo(SUBIZ_README);
    }

    @Test
    void encodesAmountBillPurposeAndMerchantCategoryInTagOrder() {
        String payload = VietQr.encode(PaymentRequest.toAccount("970418", "12345678901")
                .withAmount(150_000).withBillNumber("HD-2026/0042").withPurpose("Thanh toán viện phí Đợt 2")
                .withMerchantCategory("8062"));

        assertThat(payload).startsWith("000201010212").contains("52048062").contains("5406150000")
                .contains("0112HD-2026/0042").contains("0825Thanh toan vien phi Dot 2");
        assertThat(payload.substring(payload.length() - 8, payload.length() - 4)).isEqualTo("6304");
        assertThat(payload.indexOf("5204")).isLessThan(payload.indexOf("5303"));
        assertThat(payload.indexOf("5802")).isLessThan(payload.indexOf("62450112"));
    }

    @Test
    void roundTripsThousandsOfRandomValidRequests() {
        Random random = new Random(20261125L);
        for (int i = 0; i < 5_000; i++) {
            PaymentRequest request = randomRequest(random);
            String payload = VietQr.encode(request);

            DecodeResult result = VietQr.decode(payload);

            assertThat(result).as(payload).isInstanceOf(DecodeResult.Decoded.class);
            DecodeResult.Decoded decoded = (DecodeResult.Decoded) result;
            assertThat(decoded.warnings()).as(payload).isEmpty();
            assertThat(decoded.payment().toRequest()).as(payload).isEqualTo(request);
            assertThat(decoded.payment().dynamic()).isEqualTo(request.amount().isPresent());
        }
    }

    private static PaymentRequest randomRequest(Random random) {
        ServiceCode service = random.nextBoolean() ? ServiceCode.ACCOUNT : ServiceCode.CARD;
        String account = service == ServiceCode.CARD ? digits(random, 12 + random.nextInt(8))
                : chars(random, 1 + random.nextInt(19), "0123456789ABCDEFGHJKMNPQRSTUVWXYZabcxyz");
        PaymentRequest request = new PaymentRequest(digits(random, 6), account, service, OptionalLong.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
        if (random.nextBoolean()) {
            // Spread over every magnitude, 1 đồng to the 13-digit maximum.
            long max = (long) Math.pow(10, 1 + random.nextInt(13));
            request = request.withAmount(1 + Math.floorMod(random.nextLong(), max - 1));
        }
        if (random.nextBoolean()) {
            request = request.withBillNumber(chars(random, 1 + random.nextInt(25), "0123456789ABCXYZabc-./_"));
        }
        if (random.nextBoolean()) {
            String memo = chars(random, 1 + random.nextInt(25), "abcdefghijklmnopqrstuvwxyzABCZ0123456789 ")
                    .trim().replaceAll(" +", " ");
            request = request.withPurpose(memo.isEmpty() ? "x" : memo);
        }
        if (random.nextBoolean()) {
            request = request.withMerchantCategory(digits(random, 4));
        }
        return request;
    }

    private static String digits(Random random, int length) {
        return chars(random, length, "0123456789");
    }

    private static String chars(Random random, int length, String alphabet) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    // ------------------------------------------------------------ encoding rules, one test each

    private static void assertInvalid(PaymentRequest request, PaymentField field, Rule rule) {
        assertThatThrownBy(() -> VietQr.encode(request))
                .isInstanceOfSatisfying(InvalidPaymentRequest.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.rule()).isEqualTo(rule);
                });
    }

    private static final PaymentRequest GOOD = PaymentRequest.toAccount("970436", "1012345678");

    @Test
    void binIsRequired() {
        assertInvalid(PaymentRequest.toAccount(" ", "1012345678"), PaymentField.BANK_BIN, Rule.MISSING);
    }

    @Test
    void binIsDigitsOnly() {
        assertInvalid(PaymentRequest.toAccount("97043A", "1012345678"), PaymentField.BANK_BIN, Rule.BAD_CHARACTERS);
    }

    @Test
    void binIsSixDigits() {
        assertInvalid(PaymentRequest.toAccount("97043", "1012345678"), PaymentField.BANK_BIN, Rule.WRONG_LENGTH);
    }

    @Test
    void accountIsRequired() {
        assertInvalid(PaymentRequest.toAccount("970436", ""), PaymentField.ACCOUNT_NUMBER, Rule.MISSING);
    }

    @Test
    void accountIsLettersAndDigits() {
        assertInvalid(PaymentRequest.toAccount("970436", "1012-345678"), PaymentField.ACCOUNT_NUMBER,
                Rule.BAD_CHARACTERS);
    }

    @Test
    void accountIsAtMostNineteenCharacters() {
        assertInvalid(PaymentRequest.toAccount("970436", "12345678901234567890"), PaymentField.ACCOUNT_NUMBER,
                Rule.TOO_LONG);
    }

    @Test
    void cardNumberIsDigitsOnly() {
        assertInvalid(PaymentRequest.toAccount("970436", "99MM24011M34875080").withService(ServiceCode.CARD),
                PaymentField.ACCOUNT_NUMBER, Rule.BAD_CHARACTERS);
        // The same text is a valid account (an e-wallet virtual account).
        assertThat(VietQr.encode(PaymentRequest.toAccount("970454", "99MM24011M34875080"))).contains("99MM24011M34875080");
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, 10_000_000_000_000L})
    void amountIsPositiveAndAtMostThirteenDigits(long amount) {
        assertInvalid(GOOD.withAmount(amount), PaymentField.AMOUNT, Rule.OUT_OF_RANGE);
    }

    @Test
    void billNumberIsNotBlank() {
        assertInvalid(GOOD.withBillNumber(""), PaymentField.BILL_NUMBER, Rule.MISSING);
    }

    @Test
    void billNumberHasNoSpacesOrDiacritics() {
        assertInvalid(GOOD.withBillNumber("HĐ 42"), PaymentField.BILL_NUMBER, Rule.BAD_CHARACTERS);
    }

    @Test
    void billNumberIsAtMostTwentyFiveCharacters() {
        assertInvalid(GOOD.withBillNumber("1".repeat(26)), PaymentField.BILL_NUMBER, Rule.TOO_LONG);
    }

    @Test
    void purposeIsNotBlank() {
        assertInvalid(GOOD.withPurpose("   "), PaymentField.PURPOSE, Rule.MISSING);
    }

    @Test
    void purposeHasOnlyLettersDigitsAndSpaces() {
        assertInvalid(GOOD.withPurpose("vien phi #42"), PaymentField.PURPOSE, Rule.BAD_CHARACTERS);
    }

    @Test
    void purposeIsAtMostTwentyFiveCharactersAfterStripping() {
        assertInvalid(GOOD.withPurpose("Thanh toán viện phí nội trú"), PaymentField.PURPOSE, Rule.TOO_LONG);
    }

    @Test
    void purposeLosesItsDiacriticsAndExtraSpaces() {
        assertThat(VietQr.normalizePurpose("  Ủng hộ   lũ lụt ĐỢT 2 ")).isEqualTo("Ung ho lu lut DOT 2");
    }

    @Test
    void merchantCategoryIsDigits() {
        assertInvalid(GOOD.withMerchantCategory("80a2"), PaymentField.MERCHANT_CATEGORY, Rule.BAD_CHARACTERS);
    }

    @Test
    void merchantCategoryIsFourDigits() {
        assertInvalid(GOOD.withMerchantCategory("806"), PaymentField.MERCHANT_CATEGORY, Rule.WRONG_LENGTH);
    }

    // ------------------------------------------------------------ tolerated deviations

    @Test
    void lowerCaseCrcIsAcceptedWithAWarning() {
        String lower = SUBIZ_README.substring(0, SUBIZ_README.length() - 4) + "c15c";

        assertThat(decoded(lower).amount()).hasValue(120_000);
        assertThat(warnings(lower)).containsExactly(DecodeWarning.CRC_LOWER_CASE);
    }

    @Test
    void longPurposeIsAcceptedWithAWarning() {
        String memo = "chuyen khoan alsdkf laksj thanh toan hoa don";
        String payload = withCrc("00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA"
                + "53037045802VN6248" + "08" + memo.length() + memo);

        assertThat(decoded(payload).purpose()).hasValue(memo);
        assertThat(warnings(payload)).containsExactly(DecodeWarning.PURPOSE_TOO_LONG);
    }

    @Test
    void longNameWithDiacriticsIsAcceptedWithWarningsAndCharactersCounted() {
        // LEN counts characters (31 here, with đ), while the CRC covers the UTF-8 bytes.
        String name = "CONG TY DIEN LUC đĐ HA NOI 2025";
        String payload = withCrc("00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA"
                + "53037045802VN59" + name.length() + name);

        assertThat(decoded(payload).merchantName()).hasValue(name);
        assertThat(warnings(payload)).containsExactly(DecodeWarning.NAME_TOO_LONG, DecodeWarning.NON_ASCII_TEXT);
    }

    @Test
    void unknownTagsAreKeptWithTheirNestedObjects() {
        String payload = withCrc(STATIC_VCB.substring(0, STATIC_VCB.length() - 8) + "9916" + "0006ABCDEF" + "0102XY"
                + "6504RFU1");

        VietQrPayment payment = decoded(payload);

        DataObject unreserved = DataObject.find(payment.objects(), "99").orElseThrow();
        assertThat(unreserved.child("01").map(DataObject::value)).hasValue("XY");
        assertThat(DataObject.find(payment.objects(), "65").map(DataObject::value)).hasValue("RFU1");
    }

    @Test
    void handCrcReproducesTheCheckValueAndThePublishedCrcs() {
        assertThat(HandCrc.crc("123456789".getBytes(java.nio.charset.StandardCharsets.US_ASCII))).isEqualTo(0x29B1);
        assertThat(HandCrc.sign(SUBIZ_README.substring(0, SUBIZ_README.length() - 8))).isEqualTo(SUBIZ_README);
        assertThat(HandCrc.sign(NAPAS_CARD.substring(0, NAPAS_CARD.length() - 8))).isEqualTo(NAPAS_CARD);
    }

    /** Shaped like a MoMo wallet code (fake account): its unreserved template 80 holds a bare "046". */
    private static final String MOMO_LIKE = HandCrc.sign("000201" + "010211"
            + "3862" + "0010A000000727" + "0132" + "0006970454" + "0118" + "99MM24011M00012345" + "0208QRIBFTTA"
            + "5303704" + "5802VN" + "8003046");

    @Test
    void anUnreservedTemplateThatIsNotNestedIsKeptAsReadWithAWarning() {
        VietQrPayment payment = decoded(MOMO_LIKE);

        assertThat(payment.bin()).isEqualTo("970454");
        assertThat(payment.account()).isEqualTo("99MM24011M00012345");
        assertThat(DataObject.find(payment.objects(), "80")).hasValue(DataObject.primitive("80", "046"));
        assertThat(warnings(MOMO_LIKE)).containsExactly(DecodeWarning.TEMPLATE_NOT_NESTED);
    }

    @Test
    void anotherSchemesAccountTemplateThatIsNotNestedIsKeptAsReadWithAWarning() {
        String payload = HandCrc.sign("000201" + "010211" + "2605" + "12345"
                + "3854" + "0010A000000727" + "0124" + "0006970436" + "0110" + "1012345678" + "0208QRIBFTTA"
                + "5303704" + "5802VN");

        assertThat(decoded(payload).account()).isEqualTo("1012345678");
        assertThat(DataObject.find(decoded(payload).objects(), "26")).hasValue(DataObject.primitive("26", "12345"));
        assertThat(warnings(payload)).containsExactly(DecodeWarning.TEMPLATE_NOT_NESTED);
    }

    @Test
    void anAdditionalDataTemplateThatIsNotNestedIsStillRejected() {
        // 62 is read for the bill number and memo: a plain value there is a broken transfer, not a tolerable one.
        String payload = HandCrc.sign("000201" + "010211"
                + "3854" + "0010A000000727" + "0124" + "0006970436" + "0110" + "1012345678" + "0208QRIBFTTA"
                + "5303704" + "5802VN" + "6203046");

        assertThat(rejected(payload).reason()).isEqualTo(PayloadRejection.BAD_LENGTH);
        assertThat(rejected(payload).detail()).startsWith("62.");
    }

    @Test
    void theSubizReadmeExampleStillDecodesToTheSameObjects() {
        DataObject napas = new DataObject("38", "0010A00000072701270006970415011300110019324180208QRIBFTTA", List.of(
                DataObject.primitive("00", "A000000727"),
                DataObject.primitive("01", "000697041501130011001932418"),
                DataObject.primitive("02", "QRIBFTTA")));
        DataObject additional = new DataObject("62", "0813ung ho lu lut",
                List.of(DataObject.primitive("08", "ung ho lu lut")));

        assertThat(decoded(SUBIZ_README).objects()).containsExactly(DataObject.primitive("00", "01"),
                DataObject.primitive("01", "12"), napas, DataObject.primitive("53", "704"),
                DataObject.primitive("54", "120000"), DataObject.primitive("58", "VN"), additional,
                DataObject.primitive("63", "C15C"));
        assertThat(warnings(SUBIZ_README)).isEmpty();
    }

    // ------------------------------------------------------------ tip or convenience fee (55-57)

    /** The subiz README transfer (120000 đồng) with {@code fields} put where EMVCo orders 55-57, after 54. */
    private static String withTipFields(String amount, String fields) {
        return HandCrc.sign("000201010212" + "38570010A00000072701270006970415011300110019324180208QRIBFTTA"
                + "5303704" + amount + fields + "5802VN" + "62170813ung ho lu lut");
    }

    private static final String AMOUNT_120000 = "5406120000";

    @Test
    void aFixedFeeIsShownWithTheTotal() {
        String payload = withTipFields(AMOUNT_120000, "550202" + "56045000");

        VietQrPayment payment = decoded(payload);

        assertThat(payment.tipOrFee()).hasValue(new TipOrFee.FixedFee(5_000));
        assertThat(payment.amount()).hasValue(120_000);
        assertThat(payment.fee()).hasValue(5_000);
        assertThat(payment.total()).hasValue(125_000);
        assertThat(warnings(payload)).isEmpty();
    }

    @ParameterizedTest(name = "{0} dong at {1}% is a fee of {2}, {3} in all")
    @CsvSource({
            "120000, 2.5,  3000, 123000",
            "120000, 02.50, 3000, 123000",
            "150000, 1.01, 1515, 151515",
            "120000, 10,   12000, 132000",
            // 833.325 đồng: rounded to the nearest.
            "33333,  2.5,  833,  34166",
            // 1.5 đồng: halves go up.
            "150,    1,    2,    152",
            "100000, 99.99, 99990, 199990",
            "100000, 00.01, 10, 100010"})
    void aPercentageFeeIsShownWithTheTotal(String amount, String percent, long fee, long total) {
        String payload = withTipFields("54%02d%s".formatted(amount.length(), amount),
                "550203" + "57%02d%s".formatted(percent.length(), percent));

        VietQrPayment payment = decoded(payload);

        assertThat(payment.tipOrFee()).hasValue(new TipOrFee.PercentageFee(new java.math.BigDecimal(percent)));
        assertThat(payment.fee()).hasValue(fee);
        assertThat(payment.total()).hasValue(total);
        assertThat(warnings(payload)).isEmpty();
    }

    @Test
    void aPromptForATipIsShownAsSuchWithoutATotal() {
        String payload = withTipFields(AMOUNT_120000, "550201");

        VietQrPayment payment = decoded(payload);

        assertThat(payment.tipOrFee()).hasValue(new TipOrFee.PromptForTip());
        assertThat(payment.amount()).hasValue(120_000);
        assertThat(payment.fee()).isEmpty();
        assertThat(payment.total()).isEmpty();
        assertThat(warnings(payload)).isEmpty();
    }

    @Test
    void aFixedFeeOnAStaticCodeHasNoTotal() {
        String payload = withTipFields("", "550202" + "56045000");

        VietQrPayment payment = decoded(payload);

        assertThat(payment.fee()).hasValue(5_000);
        assertThat(payment.total()).isEmpty();
    }

    @Test
    void withoutTipFieldsTheTotalIsTheAmount() {
        assertThat(decoded(SUBIZ_README).tipOrFee()).isEmpty();
        assertThat(decoded(SUBIZ_README).total()).hasValue(120_000);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "unknown indicator,                  550204,                 TIP_INDICATOR_UNKNOWN",
            "indicator not two digits,           5501X,                  TIP_INDICATOR_UNKNOWN",
            "fixed fee announced without 56,     550202,                 CONVENIENCE_FEE_MISSING",
            "percentage announced without 57,    550203,                 CONVENIENCE_FEE_MISSING",
            "zero fixed fee,                     550202 56010,           CONVENIENCE_FEE_INVALID",
            "fixed fee with a fraction of a đồng, 550202 56065000.5,     CONVENIENCE_FEE_INVALID",
            "fixed fee with a separator,         '550202 56055,000',     CONVENIENCE_FEE_INVALID",
            "zero percent,                       550203 570500.00,       CONVENIENCE_FEE_INVALID",
            "percent of 100,                     550203 5703100,         CONVENIENCE_FEE_INVALID",
            "percent with a % sign,              550203 57042.5%,        CONVENIENCE_FEE_INVALID",
            "percent with a decimal comma,       '550203 57032,5',       CONVENIENCE_FEE_INVALID",
            "fixed fee without an indicator,     56045000,               CONVENIENCE_FEE_IGNORED",
            "percentage without an indicator,    57032.5,                CONVENIENCE_FEE_IGNORED",
            "fee beside a prompt for a tip,      550201 56045000,        CONVENIENCE_FEE_IGNORED"})
    void tipFieldsThatDoNotAddUpAreWarnedAboutAndNoFeeIsCounted(String description, String fields,
                                                                DecodeWarning expected) {
        String payload = withTipFields(AMOUNT_120000, fields.replace(" ", ""));

        VietQrPayment payment = decoded(payload);

        assertThat(warnings(payload)).containsExactly(expected);
        assertThat(payment.fee()).isEmpty();
        assertThat(payment.amount()).hasValue(120_000);
    }

    @Test
    void aPercentageAnnouncedWithOnlyAFixedFeeCountsNoFee() {
        String payload = withTipFields(AMOUNT_120000, "550203" + "56045000");

        assertThat(decoded(payload).fee()).isEmpty();
        assertThat(decoded(payload).total()).hasValue(120_000);
        assertThat(warnings(payload)).containsExactly(DecodeWarning.CONVENIENCE_FEE_IGNORED,
                DecodeWarning.CONVENIENCE_FEE_MISSING);
    }

    @Test
    void aFeeFieldTheIndicatorDoesNotNameIsIgnoredBesideTheOneItDoes() {
        String payload = withTipFields(AMOUNT_120000, "550203" + "56045000" + "57032.5");

        assertThat(decoded(payload).total()).hasValue(123_000);
        assertThat(warnings(payload)).containsExactly(DecodeWarning.CONVENIENCE_FEE_IGNORED);
    }

    // ------------------------------------------------------------ lengths counted in UTF-8 bytes

    /** The subiz README transfer with {@code additional} as field 62, lengths as written by hand. */
    private static String withAdditionalData(String additional) {
        return HandCrc.sign("000201010212" + "38570010A00000072701270006970415011300110019324180208QRIBFTTA"
                + "5303704" + "5406120000" + "5802VN" + additional);
    }

    @Test
    void aMemoWhoseLengthsCountUtf8BytesIsReadWithAWarning() {
        // "Thanh toán viện phí": 19 characters, 23 bytes (á and í take 2, ệ takes 3); 62 holds 4 + 23 bytes.
        String payload = withAdditionalData("6227" + "0823" + "Thanh toán viện phí");

        VietQrPayment payment = decoded(payload);

        assertThat(payment.purpose()).hasValue("Thanh toán viện phí");
        assertThat(payment.amount()).hasValue(120_000);
        assertThat(payment.account()).isEqualTo("0011001932418");
        assertThat(warnings(payload)).containsExactly(DecodeWarning.LENGTHS_IN_BYTES, DecodeWarning.NON_ASCII_TEXT);
    }

    @Test
    void aNameAndAMemoCountedInBytesAreBothRead() {
        // "Bệnh viện Đa khoa": 17 characters, 22 bytes (each ệ takes 3, Đ 2); "Viện phí": 8 characters, 11 bytes.
        String payload = HandCrc.sign("000201010212" + "38570010A00000072701270006970415011300110019324180208QRIBFTTA"
                + "5303704" + "5406120000" + "5802VN" + "5922" + "Bệnh viện Đa khoa" + "6005HANOI"
                + "6215" + "0811" + "Viện phí");

        VietQrPayment payment = decoded(payload);

        assertThat(payment.merchantName()).hasValue("Bệnh viện Đa khoa");
        assertThat(payment.purpose()).hasValue("Viện phí");
        assertThat(warnings(payload)).containsExactly(DecodeWarning.LENGTHS_IN_BYTES, DecodeWarning.NON_ASCII_TEXT);
    }

    @Test
    void theSameMemoCountedInCharactersIsReadWithoutTheBytesWarning() {
        String payload = withAdditionalData("6223" + "0819" + "Thanh toán viện phí");

        assertThat(decoded(payload).purpose()).hasValue("Thanh toán viện phí");
        assertThat(warnings(payload)).containsExactly(DecodeWarning.NON_ASCII_TEXT);
    }

    @Test
    void lengthsThatAddUpInNeitherCharactersNorBytesAreStillRejected() {
        // "toán" is 4 characters, 5 bytes: a LEN of 3 cuts it either way.
        String payload = withAdditionalData("6208" + "0803" + "toán");

        assertThat(rejected(payload).reason()).isEqualTo(PayloadRejection.BAD_LENGTH);
    }

    @Test
    void aMemoCountedInBytesWithAWrongCrcIsRejected() {
        String payload = withAdditionalData("6227" + "0823" + "Thanh toán viện phí");
        String edited = payload.replace("viện", "việc");

        assertThat(rejected(edited).reason()).isEqualTo(PayloadRejection.CRC_MISMATCH);
    }

    @Test
    void randomVietnameseLettersNeverThrow() {
        Random random = new Random(11);
        String letters = "áàảãạăắằẳẵặâấầẩẫậđéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵĐ";
        String body = "000201010212" + "38570010A00000072701270006970415011300110019324180208QRIBFTTA"
                + "5303704" + "5406120000" + "5802VN" + "6227" + "0823" + "Thanh toan vien phi xy";
        for (int i = 0; i < 5_000; i++) {
            int at = random.nextInt(body.length());
            String mutated = body.substring(0, at) + letters.charAt(random.nextInt(letters.length()))
                    + body.substring(at + (random.nextBoolean() ? 1 : 0));
            assertThat(VietQr.decode(HandCrc.sign(mutated))).isNotNull();
        }
    }

    @Test
    void amountWithATrailingDotIsAccepted() {
        String payload = withCrc("00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA"
                + "5303704540650000.5802VN");

        assertThat(decoded(payload).amount()).hasValue(50_000);
    }

    @Test
    void missingServiceCodeIsReadAsAnAccountTransferWithAWarning() {
        String payload = withCrc("00020101021138420010A00000072701240006970436011010123456785303704" + "5802VN");

        assertThat(decoded(payload).service()).isEqualTo(ServiceCode.ACCOUNT);
        assertThat(warnings(payload)).containsExactly(DecodeWarning.SERVICE_CODE_MISSING);
    }

    @Test
    void lineEndsFromTheScannerAreIgnored() {
        assertThat(decoded(SUBIZ_README + "\r\n").amount()).hasValue(120_000);
    }

    // ------------------------------------------------------------ rejections

    @Test
    void aWrongCrcIsRejected() {
        String edited = SUBIZ_README.replace("5406120000", "5406920000");

        assertThat(rejected(edited).reason()).isEqualTo(PayloadRejection.CRC_MISMATCH);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4, 8, 40})
    void aTruncatedPayloadIsRejected(int cut) {
        assertThat(rejected(SUBIZ_README.substring(0, SUBIZ_README.length() - cut)).reason())
                .isEqualTo(PayloadRejection.TRUNCATED);
    }

    @Test
    void aNestedLengthThatDoesNotAddUpIsRejectedWithItsPath() {
        // 62 says 17, its purpose says 14: one character too many for the template.
        String payload = withCrc("00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA"
                + "530370454061200005802VN62170814ung ho lu lut");

        DecodeResult.Rejected rejection = rejected(payload);

        assertThat(rejection.reason()).isEqualTo(PayloadRejection.BAD_LENGTH);
        assertThat(rejection.detail()).isEqualTo("62.08");
    }

    @Test
    void aRootLengthThatDoesNotAddUpIsRejected() {
        String payload = withCrc("000201010212385" + "80010A00000072701270006970415011300110019324180208QRIBFTTA"
                + "530370454061200005802VN");

        assertThat(rejected(payload).reason()).isEqualTo(PayloadRejection.BAD_LENGTH);
    }

    @Test
    void aNonDigitLengthIsRejected() {
        String payload = withCrc("0002010102125X");

        assertThat(rejected(payload).reason()).isEqualTo(PayloadRejection.BAD_LENGTH);
    }

    @Test
    void aPayloadNotStartingWithTheFormatIndicatorIsNotEmvco() {
        String payload = withCrc("010212000201" + "38540010A00000072701240006970436011010123456780208QRIBFTTA");

        assertThat(rejected(payload).reason()).isEqualTo(PayloadRejection.NOT_EMVCO);
    }

    @Test
    void aVnpayMerchantCodeIsRecognisedAsAnotherScheme() {
        String payload = withCrc("000201010211" + "26280010A00000077501100105314514" + "52045411" + "5303704"
                + "5802VN" + "5910CUA HANG A" + "6005HANOI");

        DecodeResult.Rejected rejection = rejected(payload);

        assertThat(rejection.reason()).isEqualTo(PayloadRejection.NOT_VIETQR_TRANSFER);
        assertThat(rejection.detail()).startsWith("VNPAY");
    }

    @Test
    void aShopeePayCodeIsRecognisedAsAnotherScheme() {
        String payload = withCrc("000201010211" + "26330013vn.airpay.www0112123456789012" + "53037045802VN");

        assertThat(rejected(payload).detail()).startsWith("ShopeePay");
    }

    @Test
    void aNapasCodeWithAnotherServiceIsNotATransfer() {
        String payload = withCrc("00020101021138540010A00000072701240006970436011010123456780208QRPUSH00"
                + "53037045802VN");

        DecodeResult.Rejected rejection = rejected(payload);

        assertThat(rejection.reason()).isEqualTo(PayloadRejection.NOT_VIETQR_TRANSFER);
        assertThat(rejection.detail()).isEqualTo("38.02=QRPUSH00");
    }

    @Test
    void aCodeWithoutAnyMerchantAccountIsNotATransfer() {
        assertThat(rejected(withCrc("00020101021153037045802VN")).reason())
                .isEqualTo(PayloadRejection.NOT_VIETQR_TRANSFER);
    }

    @Test
    void aNapasCodeWithoutAnAccountIsMissingAField() {
        String payload = withCrc("00020101021138400010A00000072701100006970436" + "0208QRIBFTTA53037045802VN");

        DecodeResult.Rejected rejection = rejected(payload);

        assertThat(rejection.reason()).isEqualTo(PayloadRejection.MISSING_FIELD);
        assertThat(rejection.detail()).isEqualTo("38.01.01");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "000", "12a00", "-5000", "1,000"})
    void anAmountThatIsNotPositiveWholeDongIsRejected(String amount) {
        String payload = withCrc("00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA"
                + "530370454" + String.format("%02d", amount.length()) + amount + "5802VN");

        DecodeResult.Rejected rejection = rejected(payload);

        assertThat(rejection.reason()).isEqualTo(PayloadRejection.BAD_FIELD);
        assertThat(rejection.detail()).isEqualTo("54");
    }

    @Test
    void emptyAndOversizedInputIsRejected() {
        assertThat(rejected("").reason()).isEqualTo(PayloadRejection.EMPTY_OR_OVERSIZED);
        assertThat(rejected(null).reason()).isEqualTo(PayloadRejection.EMPTY_OR_OVERSIZED);
        assertThat(rejected("0".repeat(5000)).reason()).isEqualTo(PayloadRejection.EMPTY_OR_OVERSIZED);
    }

    @Test
    void randomGarbageNeverThrows() {
        Random random = new Random(7);
        for (int i = 0; i < 5_000; i++) {
            String payload = VietQr.encode(randomRequest(random));
            // Flip one character, then fix the CRC so that the structure itself is exercised.
            int at = random.nextInt(payload.length() - 8);
            String body = payload.substring(0, at) + (char) ('0' + random.nextInt(75))
                    + payload.substring(at + 1, payload.length() - 8);
            assertThat(VietQr.decode(withCrc(body))).isNotNull();
            assertThat(VietQr.decode(body)).isNotNull();
        }
    }
}
