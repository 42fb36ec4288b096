// Entry: Chinese locale for dates, then the app.
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { installActivityTracking } from './components/activity.ts';

dayjs.locale('zh-cn');
installActivityTracking();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
