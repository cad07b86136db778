import { Controller, Get, Param } from '@nestjs/common';
import { RequiresRole } from '../auth/auth.decorators';
import { orNotFound, UuidParam } from '../common/http-errors';
import { PostsService } from './posts.service';

@Controller('posts')
export class PostsController {
  constructor(private readonly posts: PostsService) {}

  @RequiresRole('reader')
  @Get(':id')
  async findOne(@Param('id', UuidParam) id: string) {
    return orNotFound(await this.posts.findOne(id), `post ${id}`);
  }
}
