/**
 * The cashier's desk and the customer display, without any UI toolkit.
 *
 * <p>{@link vn.tiepdon.cashier.CustomerDisplay} decides what the patient sees ({@link vn.tiepdon.cashier.DisplayScreen}):
 * a welcome, one bill's VietQR code with its amount in digits and words and a countdown, or how that bill ended.
 * {@link vn.tiepdon.cashier.CashierBoard} lists the bills still waiting and runs the cashier's actions on the
 * {@link vn.tiepdon.payment.desk.PaymentDesk}, answering each in Vietnamese and English
 * ({@link vn.tiepdon.cashier.CashierTexts}, bundle {@code vn.tiepdon.cashier.messages}). Both follow the desk as
 * {@link vn.tiepdon.payment.desk.PaymentListener}s and are driven by a once-a-second {@code tick()}, so they are
 * tested with a clock the test moves. The JavaFX screens live in {@code vn.tiepdon.cashier.fx}.
 */
package vn.tiepdon.cashier;
