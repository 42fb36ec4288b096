// The certificate's number series (platform numbering): its serials in number_serials under
// harvest.certificate, printed by the province's scheme (the setting harvest.certificateNumberScheme).
import { defineSeries } from '../../../platform/documents/index.ts';

export const CERTIFICATE_SERIES = defineSeries('harvest.certificate', '豫林采〔{year}〕{serial:6}号');
