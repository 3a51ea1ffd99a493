import { t } from '@/lib/i18n';
import { ImportClashes, type ImportClashesProps } from './ImportClashes';
import { type Notice, NoticeBar } from './NoticeBar';
import { ProfileEditor, type ProfileEditorProps } from './ProfileEditor';
import { ProfileList, type ProfileListProps } from './ProfileList';

interface OptionsPageProps {
  list: ProfileListProps;
  /** The open profile; absent when there is no profile yet. */
  editor?: ProfileEditorProps;
  /** An import waiting for the user's choices on names already taken. */
  clashes?: ImportClashesProps;
  notice?: Notice;
  /** Set while the profiles are read: nothing is said of them until then. */
  loading: boolean;
  /** There is no profile yet. */
  empty: boolean;
}

/** The options page: the profiles beside the open one (or an import's question). */
export function OptionsPage(props: OptionsPageProps) {
  const { list, editor, clashes, notice } = props;
  return (
    <main class="options">
      <header>
        <h1>{t('optionsTitle')}</h1>
        <p>{t('optionsIntro')}</p>
      </header>
      <NoticeBar notice={notice} />
      {!props.loading && (
        <div class="layout">
          <ProfileList {...list} />
          {clashes && <ImportClashes {...clashes} />}
          {!clashes && editor && <ProfileEditor {...editor} />}
          {!clashes && props.empty && <p class="empty">{t('optionsEmpty')}</p>}
        </div>
      )}
    </main>
  );
}
