package vn.tiepdon.payment;

/** The fields of a payment request, named in errors so that the cashier or IT knows what to fix. */
public enum PaymentField {
    BANK_BIN,
    ACCOUNT_NUMBER,
    AMOUNT,
    BILL_NUMBER,
    PURPOSE,
    MERCHANT_CATEGORY
}
