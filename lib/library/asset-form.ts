// The asset editor's rules: the pack validator's own schema, field by field, plus what only an editor
// knows (the same URL on another asset, an expiry before publication).
import * as v from 'valibot';
import { TAXONOMY_KINDS, TAXONOMY_KIND_LABELS, type Asset, type AssetType, type PackAsset, type Stage, type Taxonomy } from '../model';
import { normaliseAsset } from '../pack/pack';
import { assetSchema, isIsoDate } from '../pack/rules';
import { samePageKey } from './page-meta';

export interface AssetDraft {
  title: string;
  url: string;
  type: AssetType;
  description: string;
  personas: string[];
  industries: string[];
  painPoints: string[];
  stage: Stage | '';
  publishedAt: string;
  expiresAt: string;
  reviewBy: string;
  tags: string[];
}

export type DraftField = keyof AssetDraft;

export interface DraftCheck {
  errors: Partial<Record<DraftField, string>>;
  warnings: Partial<Record<DraftField, string>>;
  /** The asset to save, when there are no errors. */
  asset?: PackAsset & { reviewBy?: string };
}

export function draftFromAsset(a?: Partial<Asset>): AssetDraft {
  return {
    title: a?.title ?? '',
    url: a?.url ?? '',
    type: a?.type ?? 'other',
    description: a?.description ?? '',
    personas: [...(a?.personas ?? [])],
    industries: [...(a?.industries ?? [])],
    painPoints: [...(a?.painPoints ?? [])],
    stage: a?.stage ?? '',
    publishedAt: a?.publishedAt ?? '',
    expiresAt: a?.expiresAt ?? '',
    reviewBy: a?.reviewBy ?? '',
    tags: [...(a?.tags ?? [])],
  };
}

export function checkAssetDraft(
  draft: AssetDraft,
  context: { id: string; taxonomy: Taxonomy; assets: readonly Pick<Asset, 'id' | 'url' | 'title'>[] },
): DraftCheck {
  const errors: DraftCheck['errors'] = {};
  const warnings: DraftCheck['warnings'] = {};
  const candidate: Record<string, unknown> = {
    id: context.id,
    title: draft.title,
    url: draft.url,
    type: draft.type,
    personas: draft.personas,
    industries: draft.industries,
    painPoints: draft.painPoints,
    tags: draft.tags,
  };
  if (draft.description.trim()) candidate.description = draft.description;
  if (draft.stage) candidate.stage = draft.stage;
  if (draft.publishedAt) candidate.publishedAt = draft.publishedAt;
  if (draft.expiresAt) candidate.expiresAt = draft.expiresAt;

  const result = v.safeParse(assetSchema, candidate, { abortEarly: false });
  if (!result.success) {
    for (const issue of result.issues) {
      const field = issue.path?.find((p) => typeof p.key === 'string')?.key as DraftField | undefined;
      if (field && !errors[field]) errors[field] = issue.message;
    }
  }
  for (const kind of TAXONOMY_KINDS) {
    const unknown = draft[kind].filter((id) => !context.taxonomy[kind].some((e) => e.id === id));
    if (unknown.length) errors[kind] = `not in the taxonomy: ${unknown.join(', ')} (add ${TAXONOMY_KIND_LABELS[kind].many.toLowerCase()} in Taxonomy first)`;
  }
  if (draft.reviewBy && !isIsoDate(draft.reviewBy)) errors.reviewBy = `must be a date written YYYY-MM-DD, not "${draft.reviewBy}"`;
  if (!errors.expiresAt && !errors.publishedAt && draft.expiresAt && draft.publishedAt && draft.expiresAt < draft.publishedAt)
    errors.expiresAt = 'expires before it is published';

  const url = draft.url.trim();
  const key = url ? samePageKey(url) : '';
  const twin = url ? context.assets.find((a) => a.id !== context.id && (a.url === url || samePageKey(a.url) === key)) : undefined;
  if (twin) warnings.url = `"${twin.title}" already links to this URL`;

  if (Object.keys(errors).length > 0 || !result.success) return { errors, warnings };
  const asset: DraftCheck['asset'] = normaliseAsset(result.output);
  if (draft.reviewBy) asset.reviewBy = draft.reviewBy;
  return { errors, warnings, asset };
}
