import { startOptions } from '@/src/ui/options/start-options';

void startOptions(document.getElementById('app')!);
