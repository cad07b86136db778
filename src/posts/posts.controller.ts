import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequiresRole } from '../auth/auth.decorators';
import { ApiErrors } from '../common/api-docs';
import { orNotFound, UuidParam } from '../common/http-errors';
import { PostsService } from './posts.service';
import { PostDto } from './dto/post-responses.dto';

@ApiTags('posts')
@Controller('posts')
export class PostsController {
  constructor(private readonly posts: PostsService) {}

  @ApiOperation({ summary: 'A post, its claims and every article that embeds it' })
  @ApiOkResponse({ description: 'the post', type: PostDto })
  @ApiErrors(404)
  @RequiresRole('reader')
  @Get(':id')
  async findOne(@Param('id', UuidParam) id: string) {
    return orNotFound(await this.posts.findOne(id), `post ${id}`);
  }
}
