// 办件队列 and 办件详情: the queue by step and days left (filters in the URL), and one case.
import { Route, Routes } from 'react-router-dom';
import { CaseDetailView } from './CaseDetail.tsx';
import { CaseQueue } from './CaseQueue.tsx';

export default function CasesPage() {
  return (
    <Routes>
      <Route index element={<CaseQueue />} />
      <Route path=":id" element={<CaseDetailView />} />
    </Routes>
  );
}
