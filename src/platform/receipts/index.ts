// Receipt codes (查询码) and opening a submission with its code and query password.
export {
  issueReceiptToken,
  newQueryPassword,
  openByReceipt,
  type ReceiptLookup,
  receiptTokenSubject,
} from './receipt-access.ts';
export {
  formatReceiptCode,
  newReceiptCode,
  normalizeReceiptCode,
  RECEIPT_ALPHABET,
  RECEIPT_LENGTH,
} from './receipt-code.ts';
