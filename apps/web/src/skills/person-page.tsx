// One returnee's skills profile (ISCO-08 occupations found by search), the opportunities matched to it with their
// score breakdown, and the links to opportunities moved on step by step.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../api';
import { useUser } from '../auth';
import { ErrorMessage, Loaded, Loading, useApi } from '../components';
import { may } from '../permissions';
import type { CaseView } from '../types';
import { fullName } from '../cases/case-page';
import type { SkillsProfile, LinkView } from './skills-types';
import { ProfileEditor, ProfileReadOnly } from './profile-form';
import { Matches } from './matches';
import { LinkCard } from './links';

export function PersonPage() {
  const { id, personId } = useParams();
  const [load, retry] = useApi<CaseView>(`/cases/${id}`);
  return (
    <Loaded load={load} retry={retry}>
      {(view) => <Person view={view} personId={personId!} />}
    </Loaded>
  );
}

function Person({ view, personId }: { view: CaseView; personId: string }) {
  const { t } = useTranslation();
  const user = useUser();
  const person = [view.principal, ...view.household].find((p) => p.id === personId);
  const [profileLoad, retryProfile] = useApi<SkillsProfile>(`/cases/${view.id}/people/${personId}/skills-profile`);
  const [saved, setSaved] = useState<SkillsProfile | null>(null);
  const [links, retryLinks] = useApi<LinkView[]>(may(user.role, 'links.read') ? `/cases/${view.id}/links` : null);
  if (!person) return <ErrorMessage error={new ApiError(404, 'person_not_in_case')} />;

  // No profile yet is a 404: the form starts empty.
  const noProfile = profileLoad.status === 'error' && profileLoad.error.status === 404;
  const profile = saved ?? (profileLoad.status === 'ok' ? profileLoad.data : null);
  const myLinks = links.status === 'ok' ? links.data.filter((l) => l.personId === personId) : [];
  return (
    <>
      <p>
        <Link to={`/cases/${view.id}`}>{t('reintegration.backToCase', { reference: view.reference })}</Link>
      </p>
      <h1>
        {t('skills.title')}: <span className="name">{fullName(person)}</span>
      </h1>
      <div className="case-grid">
        <section aria-labelledby="profile-title">
          <h2 id="profile-title">{t('skills.profile')}</h2>
          {(profile || noProfile) && !may(user.role, 'skills.write') ? (
            <ProfileReadOnly profile={profile} />
          ) : profile || noProfile ? (
            <ProfileEditor
              key={profile?.version ?? 0}
              view={view}
              personId={personId}
              profile={profile}
              justSaved={saved !== null}
              onSaved={setSaved}
            />
          ) : (
            <Loaded load={profileLoad} retry={retryProfile}>
              {() => null}
            </Loaded>
          )}
        </section>
        <div>
          {may(user.role, 'matches.read') && (
            <section aria-labelledby="matches-title">
              <h2 id="matches-title">{t('skills.matches')}</h2>
              {profile?.complete ? (
                <Matches key={profile.version} view={view} personId={personId} links={myLinks} onLinked={retryLinks} />
              ) : profile || noProfile ? (
                <p className="empty">
                  {t('skills.missing', {
                    fields: (profile?.missing ?? ['iscedLevel', 'drivingLicence', 'wants'])
                      .map((f) => t(`skills.${f}`, { defaultValue: f }))
                      .join(', '),
                  })}
                </p>
              ) : (
                <Loading />
              )}
            </section>
          )}
          {may(user.role, 'links.read') && (
            <section aria-labelledby="links-title">
              <h2 id="links-title">{t('skills.links')}</h2>
              <Loaded load={links} retry={retryLinks}>
                {() =>
                  myLinks.length === 0 ? (
                    <p className="empty">{t('skills.noLinks')}</p>
                  ) : (
                    <ul className="cards" data-testid="links">
                      {myLinks.map((l) => (
                        <LinkCard key={`${l.id}.${l.version}`} caseId={view.id} link={l} onStep={retryLinks} />
                      ))}
                    </ul>
                  )
                }
              </Loaded>
            </section>
          )}
        </div>
      </div>
    </>
  );
}
