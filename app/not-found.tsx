import { NotFoundContent } from '@/components/not-found-content';

/** While the App Router still builds pages, it writes out/404.html; pages/404.tsx takes over once it does not. */
export default NotFoundContent;
