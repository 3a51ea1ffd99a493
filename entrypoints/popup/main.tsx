import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Popup } from '@/components/Popup';
import '@/components/page.css';
import { type TabStatus, tabStatus } from '@/lib/extension/tab-status';
import { applyUiLanguage } from '@/lib/extension/ui-language';
import './style.css';

function App() {
  const [status, setStatus] = useState<TabStatus>('checking');

  useEffect(() => {
    void browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([tab]) => tabStatus(tab, (tabId, message) => browser.tabs.sendMessage(tabId, message)))
      .then(setStatus);
  }, []);

  const open = (path: string) => {
    void browser.tabs.create({ url: browser.runtime.getURL(path as '/assistant.html') });
    window.close();
  };

  return (
    <Popup
      status={status}
      onOpenAssistant={() => open('/assistant.html')}
      onOpenOptions={() => open('/options.html')}
    />
  );
}

applyUiLanguage(browser.i18n.getUILanguage());
render(<App />, document.getElementById('app') as HTMLElement);
