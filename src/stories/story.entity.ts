import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One event being tracked; claims are only ever compared within a story. */
@Entity('stories')
export class Story {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The name a submitter gave, or an automatic key such as "auto:Kazakhstan:2022-01-06". */
  @Column({ type: 'text', unique: true })
  key: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'boolean', default: false })
  automatic: boolean;

  @Column({ name: 'main_country', type: 'text', nullable: true })
  mainCountry: string | null;

  @Column({ name: 'first_date', type: 'date', nullable: true })
  firstDate: string | null;

  @Column({ name: 'last_date', type: 'date', nullable: true })
  lastDate: string | null;

  /** How many processed articles it holds (the denominator of the tallies below). */
  @Column({ name: 'article_count', type: 'integer', default: 0 })
  articleCount: number;

  /** Its articles' distinctive words (story-terms.ts), with how many articles used each. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  terms: Record<string, number>;

  /** The cities and regions its articles name, with how many articles named each. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  places: Record<string, number>;

  /** "metric:value" figures its articles give, with how many articles gave each. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  figures: Record<string, number>;

  /** How often its articles name each kind of event (event-kinds.ts), summed. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  kinds: Record<string, number>;

  /** The proper names of people and bodies its articles use (story-names.ts), with how many used each. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  names: Record<string, number>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
