/**
 * The kiosk's JavaFX window: {@link vn.tiepdon.kiosk.fx.KioskApp#launch(vn.tiepdon.kiosk.KioskWiring)}
 * for the command line, {@link vn.tiepdon.kiosk.fx.KioskRuntime} and
 * {@link vn.tiepdon.kiosk.fx.KioskView#create} for hosts that bring their own stage (tests).
 *
 * <p>Screens are built in code and styled by {@code /vn/tiepdon/kiosk/kiosk.css}. Nodes that tests
 * and support staff look for carry ids: {@code #attractScreen}, {@code #confirmScreen},
 * {@code #chooseServiceScreen}, {@code #printingScreen}, {@code #doneScreen}, {@code #printFailedScreen},
 * {@code #rejectedScreen}, {@code #notIssuedScreen}; {@code #fullName}, {@code #dateOfBirth},
 * {@code #maskedId}, {@code #nameUnverifiedNote} (only when letters of the name were lost), {@code #ticketNumber}, {@code #serviceName}, {@code #waitingAhead}, {@code #message};
 * buttons {@code #withoutCardButton}, {@code #confirmButton}, {@code #notMeButton},
 * {@code #service-<CODE>}, {@code #reprintButton}, {@code #scanAgainButton}, {@code #backButton},
 * {@code #languageButton}; the staff overlay {@code #adminOverlay} (Ctrl+Shift+A) with
 * {@code #adminScanner}, {@code #adminScannerDetail}, {@code #adminKeyboardScanner}, {@code #adminPrinter},
 * {@code #adminCounts}, {@code #adminCloseButton}.
 *
 * <p>The scene also reads scanners in USB keyboard mode ({@link vn.tiepdon.kiosk.fx.KeyboardWedge}): their
 * scans join the serial ones in the same flow.
 */
package vn.tiepdon.kiosk.fx;
