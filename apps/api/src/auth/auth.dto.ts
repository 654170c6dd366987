import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, Length, MaxLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'counsellor@demo.avrr.example' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'demo-password-1' })
  @IsString()
  @Length(1, 200)
  password: string;
}

export class RefreshDto {
  @ApiProperty({ description: 'The refresh token from sign-in or the last refresh; each can be used once.' })
  @IsString()
  @Length(20, 200)
  refreshToken: string;
}

export class ChangePasswordDto {
  @ApiProperty({ description: 'The password signed in with (the temporary one, after a reset).' })
  @IsString()
  @Length(1, 200)
  currentPassword: string;

  @ApiProperty({ description: '12 to 200 characters, as for a new account; not the current password.' })
  @IsString()
  @Length(12, 200)
  newPassword: string;
}

export class SessionUserView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() role: string;
  @ApiProperty({ type: [String] }) offices: string[];
  @ApiProperty({ type: [String], description: 'Countries of return of a partner’s organisation.' }) countries: string[];
  @ApiProperty({ description: 'Signed in with a password an administrator set: only a change of password is open.' })
  mustChangePassword: boolean;
}

export class SessionView {
  @ApiProperty() accessToken: string;
  @ApiProperty() refreshToken: string;
  @ApiProperty({ enum: ['Bearer'] }) tokenType: 'Bearer';
  @ApiProperty({ description: 'Seconds until the access token expires.' }) expiresIn: number;
  @ApiProperty({ type: SessionUserView }) user: SessionUserView;
}
