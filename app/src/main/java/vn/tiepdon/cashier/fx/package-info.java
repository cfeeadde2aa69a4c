/**
 * The cashier's JavaFX windows: {@link vn.tiepdon.cashier.fx.CashierApp#run} for the command line,
 * {@link vn.tiepdon.cashier.fx.CashierRuntime} for hosts that bring their own stage (tests).
 *
 * <p>The customer display goes full screen on a second monitor when there is one, and into the right-hand side of
 * the cashier's window otherwise. Styled by {@code /vn/tiepdon/cashier/cashier.css}. Nodes tests and support look
 * for: the display {@code #customerDisplay} with {@code #displayHospital}, {@code #displayQr}, {@code #displayAmount},
 * {@code #displayAmountWords}, {@code #displayBill}, {@code #displayBank}, {@code #displayCountdown},
 * {@code #displayHeadline} (+{@code En}), {@code #displayDetail} (+{@code En}); the cashier's window
 * {@code #cashierRoot} with {@code #amountField}, {@code #billField}, {@code #purposeField}, {@code #createButton},
 * {@code #waitingList} (short-paid rows carry the style class {@code short-paid}), {@code #reshowButton},
 * {@code #cancelButton}, {@code #cashButton}, {@code #manualButton}, {@code #messageVi}, {@code #messageEn}, and the
 * reason prompt {@code #reasonPrompt} with {@code #reasonField}, {@code #reasonOk}, {@code #reasonBack}.
 */
package vn.tiepdon.cashier.fx;
