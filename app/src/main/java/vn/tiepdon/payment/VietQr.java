package vn.tiepdon.payment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import vn.tiepdon.payment.InvalidPaymentRequest.Rule;

/**
 * The VietQR (NAPAS 247, EMVCo merchant-presented) payload: strict when writing, so every bank app reads what
 * we make; tolerant when reading, because real codes deviate from the spec in known, harmless ways.
 */
public final class VietQr {

    /** The NAPAS application ID in field 38/00. */
    public static final String NAPAS_GUID = "A000000727";
    public static final String CURRENCY_VND = "704";
    public static final String COUNTRY_VN = "VN";
    /** No real payment code comes near this; it stops a pasted document from being walked. */
    static final int MAX_PAYLOAD = 4096;
    /** NAPAS v1.0 limit for every 62 sub-field and the merchant name. */
    static final int TEXT_LIMIT = 25;
    static final int ACCOUNT_LIMIT = 19;
    static final long MAX_AMOUNT = 9_999_999_999_999L;

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern ALNUM = Pattern.compile("[A-Za-z0-9]+");
    /** Bill numbers: what hospital systems use, and nothing a bank app could mangle. */
    private static final Pattern BILL = Pattern.compile("[A-Za-z0-9._/-]+");
    /** The memo set every bank app keeps intact: letters, digits, single spaces. */
    private static final Pattern MEMO = Pattern.compile("[A-Za-z0-9 ]+");
    private static final Pattern AMOUNT = Pattern.compile("([0-9]+)(\\.0*)?");
    private static final Pattern HEX4 = Pattern.compile("[0-9A-Fa-f]{4}");
    /** Field 57: 00.01 to 99.99, the "." optional; zero is refused separately. */
    private static final Pattern PERCENT = Pattern.compile("[0-9]{1,2}(\\.[0-9]{0,2})?");

    private VietQr() {
    }

    // ---------------------------------------------------------------- encoding

    /**
     * The payload text for a request, CRC included.
     *
     * @throws InvalidPaymentRequest naming the first field that breaks a rule
     */
    public static String encode(PaymentRequest request) {
        String bin = checkBin(request.bin());
        String account = checkAccount(request.account(), request.service());
        String beneficiary = tlv("00", bin) + tlv("01", account);
        String merchant = tlv("00", NAPAS_GUID) + tlv("01", beneficiary) + tlv("02", request.service().code());

        StringBuilder payload = new StringBuilder(160);
        payload.append(tlv("00", "01"));
        payload.append(tlv("01", request.amount().isPresent() ? "12" : "11"));
        payload.append(tlv("38", merchant));
        request.merchantCategory().ifPresent(mcc -> payload.append(tlv("52", checkMerchantCategory(mcc))));
        payload.append(tlv("53", CURRENCY_VND));
        if (request.amount().isPresent()) {
            payload.append(tlv("54", Long.toString(checkAmount(request.amount().getAsLong()))));
        }
        payload.append(tlv("58", COUNTRY_VN));
        String additional = request.billNumber().map(b -> tlv("01", checkBill(b))).orElse("")
                + request.purpose().map(p -> tlv("08", normalizePurpose(p))).orElse("");
        if (!additional.isEmpty()) {
            payload.append(tlv("62", additional));
        }
        payload.append("6304");
        return payload.append(Crc16.hex(payload.toString())).toString();
    }

    /** The memo as it will be encoded: no diacritics, single spaces, trimmed; then checked. */
    public static String normalizePurpose(String purpose) {
        String memo = Diacritics.strip(purpose).trim().replaceAll("\\s+", " ");
        return checkText(memo, PaymentField.PURPOSE, MEMO);
    }

    private static String checkBin(String bin) {
        return checkDigits(bin, PaymentField.BANK_BIN, 6);
    }

    private static String checkAccount(String account, ServiceCode service) {
        requirePresent(account, PaymentField.ACCOUNT_NUMBER);
        // Accounts may carry letters (e-wallet virtual accounts such as 99MM…); card numbers are digits.
        if (!(service == ServiceCode.CARD ? DIGITS : ALNUM).matcher(account).matches()) {
            throw new InvalidPaymentRequest(PaymentField.ACCOUNT_NUMBER, Rule.BAD_CHARACTERS, 0);
        }
        if (account.length() > ACCOUNT_LIMIT) {
            throw new InvalidPaymentRequest(PaymentField.ACCOUNT_NUMBER, Rule.TOO_LONG, ACCOUNT_LIMIT);
        }
        return account;
    }

    private static long checkAmount(long amount) {
        if (amount < 1 || amount > MAX_AMOUNT) {
            throw new InvalidPaymentRequest(PaymentField.AMOUNT, Rule.OUT_OF_RANGE, MAX_AMOUNT);
        }
        return amount;
    }

    private static String checkBill(String bill) {
        return checkText(bill, PaymentField.BILL_NUMBER, BILL);
    }

    private static String checkMerchantCategory(String mcc) {
        return checkDigits(mcc, PaymentField.MERCHANT_CATEGORY, 4);
    }

    private static String checkDigits(String value, PaymentField field, int length) {
        requirePresent(value, field);
        if (!DIGITS.matcher(value).matches()) {
            throw new InvalidPaymentRequest(field, Rule.BAD_CHARACTERS, 0);
        }
        if (value.length() != length) {
            throw new InvalidPaymentRequest(field, Rule.WRONG_LENGTH, length);
        }
        return value;
    }

    private static String checkText(String text, PaymentField field, Pattern allowed) {
        requirePresent(text, field);
        if (!allowed.matcher(text).matches()) {
            throw new InvalidPaymentRequest(field, Rule.BAD_CHARACTERS, 0);
        }
        if (text.length() > TEXT_LIMIT) {
            throw new InvalidPaymentRequest(field, Rule.TOO_LONG, TEXT_LIMIT);
        }
        return text;
    }

    private static void requirePresent(String value, PaymentField field) {
        if (value == null || value.isBlank()) {
            throw new InvalidPaymentRequest(field, Rule.MISSING, 0);
        }
    }

    private static String tlv(String id, String value) {
        int length = value.codePointCount(0, value.length());
        if (length < 1 || length > 99) {
            // Unreachable with the checks above (38 is at most 63 characters, 62 at most 58); kept as a guard.
            throw new IllegalStateException("Data object " + id + " has length " + length);
        }
        return id + (length < 10 ? "0" : "") + length + value;
    }

    // ---------------------------------------------------------------- decoding

    /** Reads any payload text; never throws on bad input. */
    public static DecodeResult decode(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_PAYLOAD) {
            return new DecodeResult.Rejected(PayloadRejection.EMPTY_OR_OVERSIZED, "");
        }
        // Scanners and terminals add line ends and spaces around the code; the code itself ends in hex.
        String payload = text.strip();
        int n = payload.length();
        if (n < 8 || !payload.startsWith("6304", n - 8) || !HEX4.matcher(payload.substring(n - 4)).matches()) {
            return new DecodeResult.Rejected(PayloadRejection.TRUNCATED, "63");
        }
        String crc = payload.substring(n - 4);
        // Over the text as received, whichever way its lengths are counted: the CRC covers the characters written,
        // as UTF-8, and says nothing about how LEN was meant.
        if (!Crc16.hex(payload.substring(0, n - 4)).equalsIgnoreCase(crc)) {
            return new DecodeResult.Rejected(PayloadRejection.CRC_MISMATCH, "63");
        }
        boolean lowerCaseCrc = !crc.equals(crc.toUpperCase(java.util.Locale.ROOT));
        DecodeResult byCharacters = read(payload, LengthUnit.CHARACTERS, lowerCaseCrc);
        if (byCharacters instanceof DecodeResult.Rejected rejected && rejected.reason() == PayloadRejection.BAD_LENGTH
                && !payload.chars().allMatch(c -> c < 0x80)) {
            // Some generators count UTF-8 bytes in LEN. That reading is taken only when it walks the whole payload to
            // the CRC and makes a transfer; otherwise the rejection stays the standard reading's.
            DecodeResult byBytes = read(payload, LengthUnit.UTF8_BYTES, lowerCaseCrc);
            if (byBytes instanceof DecodeResult.Decoded) {
                return byBytes;
            }
        }
        return byCharacters;
    }

    private static DecodeResult read(String payload, LengthUnit unit, boolean lowerCaseCrc) {
        Set<DecodeWarning> warnings = new LinkedHashSet<>();
        if (lowerCaseCrc) {
            warnings.add(DecodeWarning.CRC_LOWER_CASE);
        }
        if (unit == LengthUnit.UTF8_BYTES) {
            warnings.add(DecodeWarning.LENGTHS_IN_BYTES);
        }
        List<DataObject> root;
        try {
            root = root(payload, unit, warnings);
        } catch (BadLength e) {
            return new DecodeResult.Rejected(PayloadRejection.BAD_LENGTH, e.path);
        }
        if (!root.getLast().id().equals("63")) {
            // The text ended in "6304xxxx" by chance, but the objects before it do not lead there.
            return new DecodeResult.Rejected(PayloadRejection.BAD_LENGTH, root.getLast().id());
        }
        if (!root.getFirst().id().equals("00") || !root.getFirst().value().equals("01")) {
            return new DecodeResult.Rejected(PayloadRejection.NOT_EMVCO, "00");
        }
        return transfer(root, unit, warnings);
    }

    private static DecodeResult transfer(List<DataObject> root, LengthUnit unit, Set<DecodeWarning> warnings) {
        Optional<DataObject> napas = root.stream()
                .filter(o -> o.id().equals("38"))
                .filter(o -> o.child("00").map(g -> g.value().equalsIgnoreCase(NAPAS_GUID)).orElse(false))
                .findFirst();
        if (napas.isEmpty()) {
            return new DecodeResult.Rejected(PayloadRejection.NOT_VIETQR_TRANSFER, otherScheme(root));
        }
        ServiceCode service = ServiceCode.ACCOUNT;
        Optional<String> serviceCode = napas.get().child("02").map(DataObject::value);
        if (serviceCode.isEmpty()) {
            warnings.add(DecodeWarning.SERVICE_CODE_MISSING);
        } else {
            Optional<ServiceCode> known = ServiceCode.fromCode(serviceCode.get());
            if (known.isEmpty()) {
                // NAPAS merchant payments (e.g. QRPUSH) share the GUID but are not person-to-account transfers.
                return new DecodeResult.Rejected(PayloadRejection.NOT_VIETQR_TRANSFER, "38.02=" + serviceCode.get());
            }
            service = known.get();
        }
        Optional<DataObject> organisation = napas.get().child("01");
        if (organisation.isEmpty()) {
            return new DecodeResult.Rejected(PayloadRejection.MISSING_FIELD, "38.01");
        }
        List<DataObject> beneficiary;
        try {
            beneficiary = objects(organisation.get().value(), unit, "38.01.");
        } catch (BadLength e) {
            return new DecodeResult.Rejected(PayloadRejection.BAD_LENGTH, e.path);
        }
        Optional<String> bin = DataObject.find(beneficiary, "00").map(DataObject::value);
        Optional<String> account = DataObject.find(beneficiary, "01").map(DataObject::value);
        if (bin.isEmpty() || account.isEmpty()) {
            return new DecodeResult.Rejected(PayloadRejection.MISSING_FIELD, bin.isEmpty() ? "38.01.00" : "38.01.01");
        }

        OptionalLong amount = OptionalLong.empty();
        Optional<String> amountText = value(root, "54");
        if (amountText.isPresent()) {
            amount = wholeDong(amountText.get());
            if (amount.isEmpty()) {
                return new DecodeResult.Rejected(PayloadRejection.BAD_FIELD, "54");
            }
        }

        String initiation = value(root, "01").orElse("");
        if (!initiation.equals("11") && !initiation.equals("12")) {
            warnings.add(DecodeWarning.INITIATION_UNKNOWN);
        }
        String currency = value(root, "53").orElse("");
        if (!currency.equals(CURRENCY_VND)) {
            warnings.add(DecodeWarning.CURRENCY_NOT_VND);
        }
        String country = value(root, "58").orElse("");
        if (!country.equalsIgnoreCase(COUNTRY_VN)) {
            warnings.add(DecodeWarning.COUNTRY_NOT_VN);
        }
        Optional<String> name = value(root, "59");
        name.ifPresent(n -> checkReadText(n, DecodeWarning.NAME_TOO_LONG, warnings));
        List<DataObject> additional = DataObject.find(root, "62").map(DataObject::children).orElse(List.of());
        for (DataObject sub : additional) {
            checkReadText(sub.value(), sub.id().equals("08") ? DecodeWarning.PURPOSE_TOO_LONG
                    : DecodeWarning.ADDITIONAL_DATA_TOO_LONG, warnings);
        }
        Optional<TipOrFee> tipOrFee = tipOrFee(root, warnings);
        VietQrPayment payment = new VietQrPayment(initiation.equals("12"), bin.get(), account.get(), service, amount,
                tipOrFee, currency, country, value(root, "52"), name,
                DataObject.find(additional, "01").map(DataObject::value),
                DataObject.find(additional, "08").map(DataObject::value), root);
        return new DecodeResult.Decoded(payment, List.copyOf(warnings));
    }

    /** An amount or fixed fee (54, 56): whole đồng, above zero, at most 13 characters; empty otherwise. */
    private static OptionalLong wholeDong(String text) {
        var matcher = AMOUNT.matcher(text);
        if (!matcher.matches() || text.length() > 13 || matcher.group(1).chars().allMatch(c -> c == '0')) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(matcher.group(1)));
    }

    /**
     * Fields 55-57. A fee that does not add up is not a reason to refuse the transfer (the bank app shows the
     * payer what it makes of it); it is left out, with a warning, so that no guessed fee is shown as certain.
     */
    private static Optional<TipOrFee> tipOrFee(List<DataObject> root, Set<DecodeWarning> warnings) {
        Optional<String> indicator = value(root, "55");
        Optional<String> fixed = value(root, "56");
        Optional<String> percentage = value(root, "57");
        String expected = switch (indicator.orElse("")) {
            case "02" -> "56";
            case "03" -> "57";
            default -> "";
        };
        if ((fixed.isPresent() && !expected.equals("56")) || (percentage.isPresent() && !expected.equals("57"))) {
            warnings.add(DecodeWarning.CONVENIENCE_FEE_IGNORED);
        }
        if (indicator.isEmpty()) {
            return Optional.empty();
        }
        Optional<TipOrFee> tipOrFee = switch (indicator.get()) {
            case "01" -> Optional.of(new TipOrFee.PromptForTip());
            case "02" -> fixed.map(VietQr::wholeDong).filter(OptionalLong::isPresent)
                    .map(dong -> new TipOrFee.FixedFee(dong.getAsLong()));
            case "03" -> percentage.filter(p -> PERCENT.matcher(p).matches())
                    .map(BigDecimal::new)
                    .filter(p -> p.signum() > 0)
                    .map(TipOrFee.PercentageFee::new);
            default -> {
                warnings.add(DecodeWarning.TIP_INDICATOR_UNKNOWN);
                yield Optional.empty();
            }
        };
        if (!expected.isEmpty() && tipOrFee.isEmpty()) {
            warnings.add(value(root, expected).isEmpty() ? DecodeWarning.CONVENIENCE_FEE_MISSING
                    : DecodeWarning.CONVENIENCE_FEE_INVALID);
        }
        return tipOrFee;
    }

    private static void checkReadText(String text, DecodeWarning tooLong, Set<DecodeWarning> warnings) {
        if (text.codePointCount(0, text.length()) > TEXT_LIMIT) {
            warnings.add(tooLong);
        }
        if (!text.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
            warnings.add(DecodeWarning.NON_ASCII_TEXT);
        }
    }

    /** "VNPAY (A000000775)": which scheme a non-NAPAS code belongs to, for the message. */
    private static String otherScheme(List<DataObject> root) {
        return root.stream()
                .filter(o -> isMerchantAccount(o.id()))
                .flatMap(o -> o.child("00").stream())
                .map(DataObject::value)
                .map(guid -> switch (guid.toUpperCase(java.util.Locale.ROOT)) {
                    case "A000000775" -> "VNPAY (" + guid + ")";
                    case "VN.AIRPAY.WWW" -> "ShopeePay (" + guid + ")";
                    default -> guid;
                })
                .findFirst()
                .orElse("");
    }

    private static Optional<String> value(List<DataObject> objects, String id) {
        return DataObject.find(objects, id).map(DataObject::value);
    }

    private static boolean isMerchantAccount(String id) {
        int tag = Integer.parseInt(id);
        return tag >= 26 && tag <= 51;
    }

    /** Root templates hold nested objects: merchant accounts 26-51, additional data 62, language 64, 80-99. */
    private static boolean isTemplate(String id) {
        int tag = Integer.parseInt(id);
        return isMerchantAccount(id) || tag == 62 || tag == 64 || tag >= 80;
    }

    /** The templates this decoder reads fields from; a broken one is a broken transfer. */
    private static boolean isReadTemplate(String id) {
        return id.equals("38") || id.equals("62");
    }

    /** The payload's objects, each root template with the objects nested in it. */
    private static List<DataObject> root(String payload, LengthUnit unit, Set<DecodeWarning> warnings) {
        List<DataObject> root = new ArrayList<>();
        for (DataObject object : objects(payload, unit, "")) {
            root.add(isTemplate(object.id()) ? nested(object, unit, warnings) : object);
        }
        return root;
    }

    /**
     * A template the transfer does not read (80-99, another scheme's account, 64) may hold whatever its owner
     * chose, e.g. MoMo's {@code 8003046}: when it is not nested objects it is kept as a plain value, with a warning.
     */
    private static DataObject nested(DataObject template, LengthUnit unit, Set<DecodeWarning> warnings) {
        try {
            return new DataObject(template.id(), template.value(),
                    objects(template.value(), unit, template.id() + "."));
        } catch (BadLength e) {
            if (isReadTemplate(template.id())) {
                throw e;
            }
            warnings.add(DecodeWarning.TEMPLATE_NOT_NESTED);
            return template;
        }
    }

    /** Walks the ID-LEN-VALUE objects of {@code text}, one level, LEN counted in {@code unit}. */
    private static List<DataObject> objects(String text, LengthUnit unit, String path) {
        LengthUnit.Units units = unit.of(text);
        List<DataObject> objects = new ArrayList<>();
        int at = 0;
        while (at < units.size()) {
            if (units.size() - at < 4) {
                throw new BadLength(path + units.text(at, units.size() - at));
            }
            String id = units.text(at, 2);
            String length = units.text(at + 2, 2);
            if (!DIGITS.matcher(id).matches() || !DIGITS.matcher(length).matches()) {
                throw new BadLength(path + id);
            }
            int size = Integer.parseInt(length);
            if (size == 0 || at + 4 + size > units.size()) {
                throw new BadLength(path + id);
            }
            objects.add(DataObject.primitive(id, units.text(at + 4, size)));
            at += 4 + size;
        }
        return objects;
    }

    /** Internal signal from the walk; turned into a {@link PayloadRejection#BAD_LENGTH} with the object's path. */
    private static final class BadLength extends RuntimeException {
        final String path;

        BadLength(String path) {
            super(path, null, false, false);
            this.path = path;
        }
    }
}
