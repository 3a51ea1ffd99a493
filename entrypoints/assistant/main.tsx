import { render } from 'preact';
import '@/components/page.css';
import '@/components/fields.css';
import { applyUiLanguage } from '@/lib/extension/ui-language';
import { App } from './App';
import './style.css';

applyUiLanguage(browser.i18n, 'assistantTitle');
render(<App />, document.getElementById('app') as HTMLElement);
