import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ProfileForm } from '@/components/ProfileForm';
import '@/components/page.css';
import type { FieldKey, FormValues } from '@/lib/annexe1/fields';
import { applyUiLanguage } from '@/lib/extension/ui-language';
import { t } from '@/lib/i18n';
import { logger } from '@/lib/logger';
import { profileItem, profileValues } from '@/lib/profiles/store';
import './style.css';

type Notice = { kind: 'ok' | 'error'; text: string };

function App() {
  const [values, setValues] = useState<FormValues>({});
  const [notice, setNotice] = useState<Notice>();

  useEffect(() => {
    void profileItem.getValue().then((stored) => setValues(profileValues(stored)));
  }, []);

  const change = (key: FieldKey, value: string | boolean) => {
    setValues((current) => ({ ...current, [key]: value }));
    setNotice(undefined);
  };

  const save = () => {
    profileItem.setValue(profileValues(values)).then(
      () => setNotice({ kind: 'ok', text: t('optionsSaved') }),
      (error: unknown) => {
        logger.error('saving the profile failed', error);
        setNotice({ kind: 'error', text: t('optionsSaveFailed', { reason: String(error) }) });
      },
    );
  };

  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <p>{t('optionsIntro')}</p>
      <ProfileForm values={values} onChange={change} onSave={save} notice={notice} />
    </main>
  );
}

applyUiLanguage(browser.i18n.getUILanguage(), 'optionsTitle');
render(<App />, document.getElementById('app') as HTMLElement);
