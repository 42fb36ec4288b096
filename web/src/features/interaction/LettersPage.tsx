// 来信办理: the queue by handling step (filters in the URL), and one letter with its actions.
import { Route, Routes } from 'react-router-dom';
import { LetterDetailView } from './LetterDetail.tsx';
import { LetterQueue } from './LetterQueue.tsx';

export default function LettersPage() {
  return (
    <Routes>
      <Route index element={<LetterQueue />} />
      <Route path=":id" element={<LetterDetailView />} />
    </Routes>
  );
}
