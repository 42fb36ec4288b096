// The modules whose cards appear on the home page. A module adds one import line here.
import './platform-cards.tsx';
import '../features/portal-ops/home-cards.ts';
import '../features/services/home-card.ts';
import '../features/openness/home-cards.ts';
import '../features/interaction/home-card.ts';
import '../features/info/home-card.ts';
import '../features/supervision/home-cards.ts';
