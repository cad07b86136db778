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

  /** The names (places, people, bodies) its articles used, with how many articles used each. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  terms: Record<string, number>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
