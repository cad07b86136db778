import { PageQueryDto } from '../../common/page-query.dto';
import { OneOfQuery, TextQuery } from '../../common/query-fields';
import { ARTICLE_STATUSES, type ArticleStatus } from '../article.entity';

/** GET /articles */
export class ArticlesQueryDto extends PageQueryDto {
  @OneOfQuery(ARTICLE_STATUSES, 'only articles in this state')
  status?: ArticleStatus;

  @TextQuery('only articles of this story (key or id)')
  story?: string;
}
