import { Raw, type EntityManager } from 'typeorm';
import { Story } from './story.entity';

/** The story a key or id led to, and whether it got there through a merge. */
export interface FoundStory {
  story: Story;
  /** The key (or id) asked for, when it named a story since merged into this one; else null. */
  mergedFrom: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * SQL for the id of the story `keyOrId` names today: the story with that key, else the one with
 * that id, else the story the story of that key (or id) was last merged into. One hop follows a chain of merges:
 * when a story is absorbed, the merges it had received are pointed at its absorber
 * (StoriesService.absorb), so a merge record always names a live story. A key reused by a new
 * story after its first one was merged names the new one. `bind` adds a parameter.
 */
export function storyIdSql(keyOrId: string, bind: (v: unknown) => string): string {
  const id = UUID.test(keyOrId) ? `CAST(${bind(keyOrId)} AS uuid)` : null;
  const key = bind(keyOrId);
  const byId = id ? `(SELECT id FROM stories WHERE id = ${id})` : 'NULL::uuid';
  const mergedById = id
    ? `(SELECT into_id FROM story_merges WHERE merged_id = ${id} ORDER BY created_at DESC LIMIT 1)`
    : 'NULL::uuid';
  return `COALESCE((SELECT id FROM stories WHERE key = ${key}), ${byId},
    (SELECT into_id FROM story_merges WHERE merged_key = ${key} ORDER BY created_at DESC, id DESC LIMIT 1),
    ${mergedById})`;
}

/** The story a key or id names, following merges (storyIdSql), or null when it never existed; `locked` holds its row. */
export async function findStory(
  manager: EntityManager,
  keyOrId: string,
  locked = false,
): Promise<FoundStory | null> {
  const params: Record<string, unknown> = {};
  const bind = (v: unknown) => {
    const name = `story${Object.keys(params).length}`;
    params[name] = v;
    return `:${name}`;
  };
  const idSql = storyIdSql(keyOrId, bind);
  const story = await manager.findOne(Story, {
    where: { id: Raw((id) => `${id} = ${idSql}`, params) },
    // held to the end of the caller's transaction: see StoriesService.named
    ...(locked && { lock: { mode: 'pessimistic_write' as const } }),
  });
  if (!story) return null;
  const named = story.key === keyOrId || story.id === keyOrId.toLowerCase();
  return { story, mergedFrom: named ? null : keyOrId };
}
